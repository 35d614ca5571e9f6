using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>
/// Drafts saved through the editor API: visible in preview with the key, never in published responses (by id, by
/// route, by ids, in queries, or as a picked item). Each test runs on its own store.
/// </summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private const string SecretLead = "Geheimer Entwurf: dieser Lead darf nie veröffentlicht erscheinen.";
    private readonly KnowledgeApiFactory _factory = new(new Dictionary<string, string?>());
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = DeliveryFixture.CreateClient(_factory);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task DraftOfPublishedArticle_NeverLeaksIntoPublishedResponses()
    {
        await _client.SaveDraftAsync(SeedKeys.RevDsgArticle, ArticleDrafts.Article("Das revidierte Datenschutzgesetz in der Sozialen Arbeit", "revdsg-in-der-sozialen-arbeit", SecretLead, 1));

        string[] publishedUrls =
        [
            $"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}",
            $"{DeliveryClient.Content}/item{SeedKeys.RevDsgPath}",
            $"{DeliveryClient.Content}/items?id={SeedKeys.RevDsgArticle}",
            $"{DeliveryClient.Content}?take=1000",
            $"{DeliveryClient.Content}?fetch=children:{SeedKeys.Datenschutz}&expand=properties[$all]",
            $"{DeliveryClient.Content}?filter=name:Datenschutzgesetz",
        ];
        foreach (var url in publishedUrls)
        {
            using var response = await _client.RequestAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Geheimer Entwurf", await response.TextAsync(), StringComparison.Ordinal);
        }

        var preview = await _client.GetJsonAsync($"{DeliveryClient.Content}/item/{SeedKeys.RevDsgArticle}", DeliveryClient.PreviewHeader, DeliveryClient.ApiKeyHeader);
        Assert.Equal(SecretLead, preview.GetProperty("properties").GetProperty("lead").GetString());
        Assert.Equal(SeedKeys.RevDsgPath, preview.GetProperty("route").GetProperty("path").GetString());
    }

    [Fact]
    public async Task NeverPublishedArticle_IsPreviewOnlyUnderPreviewPath()
    {
        var key = Guid.NewGuid();
        await _client.SaveDraftAsync(key, ArticleDrafts.Article("Neuer Entwurf zum Datenschutz", "neuer-entwurf", SecretLead));

        using var published = await _client.RequestAsync($"{DeliveryClient.Content}/item/{key}");
        using var publishedRoute = await _client.RequestAsync($"{DeliveryClient.Content}/item/dossiers/datenschutz/neuer-entwurf/");
        using var previewWithoutKey = await _client.RequestAsync($"{DeliveryClient.Content}/item/{key}", DeliveryClient.PreviewHeader);
        var publishedChildren = await _client.GetJsonAsync($"{DeliveryClient.Content}?fetch=children:{SeedKeys.Datenschutz}&take=100");
        var preview = await _client.GetJsonAsync($"{DeliveryClient.Content}/item/{key}", DeliveryClient.PreviewHeader, DeliveryClient.ApiKeyHeader);
        var previewByPath = await _client.GetJsonAsync($"{DeliveryClient.Content}/item/preview-{key:D}/", DeliveryClient.PreviewHeader, DeliveryClient.ApiKeyHeader);
        var previewChildren = await _client.GetJsonAsync($"{DeliveryClient.Content}?fetch=children:{SeedKeys.Datenschutz}&take=100", DeliveryClient.PreviewHeader, DeliveryClient.ApiKeyHeader);

        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publishedRoute.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, previewWithoutKey.StatusCode);
        Assert.DoesNotContain(key, publishedChildren.GetProperty("items").Ids());
        Assert.Equal($"/preview-{key:D}/", preview.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(key, previewByPath.GetProperty("id").GetGuid());
        Assert.Contains(key, previewChildren.GetProperty("items").Ids());
        Assert.Equal(publishedChildren.GetProperty("total").GetInt32() + 1, previewChildren.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PreviewResponse_HasOwnETagAndPrivateCaching()
    {
        using var published = await _client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}");
        using var preview = await _client.RequestAsync($"{DeliveryClient.Content}/item/{SeedKeys.Home}", DeliveryClient.PreviewHeader, DeliveryClient.ApiKeyHeader);

        Assert.NotEqual(published.Headers.ETag!.Tag, preview.Headers.ETag!.Tag);
        Assert.True(preview.Headers.CacheControl?.Private);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
