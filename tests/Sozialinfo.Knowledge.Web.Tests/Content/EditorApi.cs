using System.Text;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>Calls of the editor API (/api/content) for the content tests, with or without the API key.</summary>
internal static class EditorApi
{
    public static readonly Guid Datenschutz = Guid.Parse("fe5917ba-ea7a-49e2-ba4a-d6309391e92a");
    public static readonly Guid Home = Guid.Parse("d748fe6c-cd9e-438b-a356-c192b7e2ee40");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Dictionary<string, object?> Article(string name, string segment, string lead = "Ein Lead, der die zwanzig Zeichen sicher überschreitet.") => new()
    {
        ["culture"] = "de-CH",
        ["contentType"] = "article",
        ["parentKey"] = Datenschutz.ToString(),
        ["name"] = name,
        ["segment"] = segment,
        ["sortOrder"] = 20,
        ["properties"] = new Dictionary<string, object?>
        {
            ["lead"] = lead,
            ["body"] = "## Abschnitt\n\nEin Absatz.",
            ["author"] = "Test Redaktion",
            ["tags"] = new[] { "dc-dimension:datenschutz", "thema:ndsg" },
        },
    };

    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, Guid key, object body) =>
        client.PutRawAsync(key.ToString(), JsonSerializer.Serialize(body));

    public static Task<HttpResponseMessage> PutRawAsync(this HttpClient client, string key, string json, bool withKey = true) =>
        client.SendAsync(Request(HttpMethod.Put, $"/api/content/{key}", withKey, new StringContent(json, Encoding.UTF8, "application/json")), Token);

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, bool withKey = true) =>
        client.SendAsync(Request(HttpMethod.Post, path, withKey), Token);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string path, bool withKey) =>
        client.SendAsync(Request(HttpMethod.Get, path, withKey), Token);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The German messages of a validation problem for one field.</summary>
    public static async Task<string[]> ErrorsAsync(this HttpResponseMessage response, string field)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        return [.. problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, bool withKey, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (withKey)
        {
            request.Headers.Add("Api-Key", KnowledgeApiFactory.ApiKey);
        }

        return request;
    }
}
