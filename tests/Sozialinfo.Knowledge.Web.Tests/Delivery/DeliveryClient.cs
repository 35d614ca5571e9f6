using System.Net.Http.Json;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>Request helpers: headers as pairs, bodies as JSON elements, and the editor API for drafts.</summary>
internal static class DeliveryClient
{
    public const string Content = "/umbraco/delivery/api/v2/content";

    public static (string, string) PreviewHeader => ("Preview", "true");

    public static (string, string) ApiKeyHeader => ("Api-Key", KnowledgeApiFactory.ApiKey);

    public static async Task<HttpResponseMessage> RequestAsync(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, params (string Name, string Value)[] headers)
    {
        using var response = await client.RequestAsync(url, headers);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {await response.TextAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static string[] PropertyNames(this JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    public static Guid[] Ids(this JsonElement items) => [.. items.EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    /// <summary>Saves a draft through the editor API (PUT /api/content/{key}) and fails the test if it is rejected.</summary>
    public static async Task SaveDraftAsync(this HttpClient client, Guid key, object draft)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{key}") { Content = JsonContent.Create(draft) };
        request.Headers.Add("Api-Key", KnowledgeApiFactory.ApiKey);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Saving {key} answered {(int)response.StatusCode}: {await response.TextAsync()}");
    }

    /// <summary>Publishes all cultures of an item through the editor API (POST /api/content/{key}/publish).</summary>
    public static async Task PublishAsync(this HttpClient client, Guid key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/content/{key}/publish");
        request.Headers.Add("Api-Key", KnowledgeApiFactory.ApiKey);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Publishing {key} answered {(int)response.StatusCode}: {await response.TextAsync()}");
    }
}
