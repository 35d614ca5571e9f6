using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Umbraco.Platform;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;

namespace Sozialinfo.Knowledge.Umbraco.Tests.Platform;

public sealed class KnowledgePlatformClientTests
{
    private static readonly ContentNotificationBatch EmptyBatch = new() { Items = [] };

    [Theory]
    [InlineData("https://knowledge.example", "https://knowledge.example/api/umbraco/notifications/content-deleted")]
    [InlineData("https://knowledge.example/", "https://knowledge.example/api/umbraco/notifications/content-deleted")]
    [InlineData("https://host.example/knowledge", "https://host.example/knowledge/api/umbraco/notifications/content-deleted")]
    [InlineData("https://host.example/knowledge/", "https://host.example/knowledge/api/umbraco/notifications/content-deleted")]
    public async Task ContentDeletedAsync_BaseUrlWithOrWithoutPath_PostsBelowIt(string baseUrl, string expected)
    {
        var http = new RecordingHttpHandler();
        using var httpClient = new HttpClient(http.Object);
        var client = CreateClient(httpClient, new Uri(baseUrl));

        await client.ContentDeletedAsync(EmptyBatch, TestContext.Current.CancellationToken);

        Assert.Equal(new Uri(expected), Assert.Single(http.Requests).Uri);
    }

    [Fact]
    public async Task Constructor_Options_SetTimeoutAndSendApiKeyOncePerRequest()
    {
        var http = new RecordingHttpHandler();
        using var httpClient = new HttpClient(http.Object);
        var client = CreateClient(httpClient, new Uri("https://knowledge.example"), TimeSpan.FromSeconds(3));

        await client.ContentPublishedAsync(EmptyBatch, TestContext.Current.CancellationToken);
        await client.ContentUnpublishedAsync(EmptyBatch, TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(3), httpClient.Timeout);
        Assert.All(http.Requests, request => Assert.Equal(["secret"], request.ApiKeys));
        Assert.Equal(["{\"items\":[]}", "{\"items\":[]}"], http.Requests.Select(request => request.Body));
    }

    private static KnowledgePlatformClient CreateClient(HttpClient httpClient, Uri baseUrl, TimeSpan? timeout = null)
        => new(httpClient, Options.Create(new SozialinfoKnowledgeOptions
        {
            PlatformBaseUrl = baseUrl,
            PlatformApiKey = "secret",
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(10),
        }));
}
