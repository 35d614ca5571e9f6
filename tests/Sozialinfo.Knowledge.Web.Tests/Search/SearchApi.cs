using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>Calls of /api/search and /api/search/recommend for the search tests.</summary>
internal static class SearchApi
{
    public static readonly Guid Bearbeitungsverzeichnis = Guid.Parse("d5fc2128-cc65-4959-9739-0c4c2925b86a");
    public static readonly Guid DatenschutzDossier = Guid.Parse("fe5917ba-ea7a-49e2-ba4a-d6309391e92a");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Task<JsonElement> SearchAsync(this HttpClient client, string query) => client.GetJsonAsync($"/api/search?{query}");

    public static Task<JsonElement> RecommendAsync(this HttpClient client, string query) => client.GetJsonAsync($"/api/search/recommend?{query}");

    private static async Task<JsonElement> GetJsonAsync(this HttpClient client, string pathAndQuery)
    {
        using var response = await client.GetAsync(pathAndQuery, Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static IReadOnlyList<Guid> Ids(this JsonElement results) =>
        [.. results.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    public static int Total(this JsonElement results) => results.GetProperty("total").GetInt32();

    /// <summary>Facet values and counts of one facet field.</summary>
    public static Dictionary<string, int> Facet(this JsonElement results, string name) =>
        results.GetProperty("facets").GetProperty(name).EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32(), StringComparer.Ordinal);
}
