using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Tests.Notifications;

public sealed class NotifyPlatformOnContentPublishedTests
{
    private static readonly Guid ArticleKey = Guid.Parse("0f8e5b4c-3d2a-4c1b-9e8f-7a6b5c4d3e2f");

    [Fact]
    public async Task HandleAsync_InvariantContent_PostsItemWithApiKeyToContentPublished()
    {
        using var host = PackageHost.Start();
        var content = new FakeContent { Key = ArticleKey, EditedTags = """["DC-Dimension:datenschutz","thema:ndsg"]""" }.Build();

        await Handle(host, new ContentPublishedNotification(content, new EventMessages()));

        var request = Assert.Single(host.Http.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://knowledge.example/platform/api/umbraco/notifications/content-published"), request.Uri);
        Assert.Equal(["test-key"], request.ApiKeys);
        Assert.Equal("application/json", request.MediaType);
        JsonAssert.Equivalent(
            """
            {
              "items": [
                {
                  "key": "0f8e5b4c-3d2a-4c1b-9e8f-7a6b5c4d3e2f",
                  "contentType": "article",
                  "name": "Datenschutz in der Beratung",
                  "cultures": [ { "culture": "de-CH", "name": "Datenschutz in der Beratung" } ],
                  "tags": [ "dc-dimension:datenschutz", "thema:ndsg" ],
                  "level": 3,
                  "sortOrder": 1,
                  "updateDate": "2026-03-04T15:40:00+00:00"
                }
              ]
            }
            """,
            request.Body);
    }

    [Fact]
    public async Task HandleAsync_VariantContent_ReportsThePublishedCulturesWithTheirNames()
    {
        using var host = PackageHost.Start();
        var content = new FakeContent { Key = ArticleKey, VariesByCulture = true, Name = "Datenschutz", PublishedCultures = ["de-CH", "fr-CH"] }
            .WithName("de-CH", "Datenschutz")
            .WithName("fr-CH", "Protection des données (brouillon)", published: "Protection des données")
            .Build();
        var publishedNow = new Dictionary<Guid, IReadOnlyCollection<string>> { [ArticleKey] = ["fr-CH"] };

        await Handle(host, new ContentPublishedNotification([content], new EventMessages(), false, publishedNow, null));

        var item = Assert.Single(Items(Assert.Single(host.Http.Requests)));
        Assert.Equal("Datenschutz", (string?)item["name"]);
        JsonAssert.Equivalent("""[ { "culture": "fr-CH", "name": "Protection des données" } ]""", item["cultures"]!.ToJsonString());
    }

    [Fact]
    public async Task HandleAsync_VariantContentWithoutCultureReport_ReportsAllPublishedCultures()
    {
        using var host = PackageHost.Start();
        var content = new FakeContent { VariesByCulture = true, PublishedCultures = ["fr-CH", "de-CH"] }
            .WithName("de-CH", "Datenschutz").WithName("fr-CH", "Protection des données").WithName("it-CH", "Protezione dei dati")
            .Build();

        await Handle(host, new ContentPublishedNotification(content, new EventMessages()));

        var cultures = Items(Assert.Single(host.Http.Requests))[0]["cultures"]!.AsArray();
        Assert.Equal(["de-CH", "fr-CH"], cultures.Select(culture => (string?)culture!["culture"]));
    }

    [Fact]
    public async Task HandleAsync_ManyItems_PostsBatchesOfAHundred()
    {
        using var host = PackageHost.Start();
        var contents = Enumerable.Range(0, 150).Select(_ => new FakeContent().Build()).ToArray();

        await Handle(host, new ContentPublishedNotification(contents, new EventMessages()));

        Assert.Equal([100, 50], host.Http.Requests.Select(request => Items(request).Count));
    }

    [Fact]
    public async Task HandleAsync_PlatformAnswersServerError_LogsErrorAndCompletes()
    {
        using var host = PackageHost.Start(http: new RecordingHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError)));
        var content = new FakeContent { Key = ArticleKey }.Build();

        var exception = await Record.ExceptionAsync(() => Handle(host, new ContentPublishedNotification(content, new EventMessages())));

        Assert.Null(exception);
        Assert.Single(host.Http.Requests);
        var error = Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.IsType<HttpRequestException>(error.Exception);
        Assert.Contains(ArticleKey.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("ContentPublished", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_PlatformUnreachable_LogsErrorAndCompletes()
    {
        using var host = PackageHost.Start(http: new RecordingHttpHandler(_ => throw new HttpRequestException("Connection refused")));

        var exception = await Record.ExceptionAsync(
            () => Handle(host, new ContentPublishedNotification(new FakeContent().Build(), new EventMessages())));

        Assert.Null(exception);
        Assert.IsType<HttpRequestException>(Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error).Exception);
    }

    [Fact]
    public async Task HandleAsync_PlatformTimesOut_LogsErrorAndCompletes()
    {
        using var host = PackageHost.Start(http: new RecordingHttpHandler(_ => throw new TaskCanceledException("The request timed out.")));

        var exception = await Record.ExceptionAsync(
            () => Handle(host, new ContentPublishedNotification(new FakeContent().Build(), new EventMessages())));

        Assert.Null(exception);
        Assert.IsType<TaskCanceledException>(Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error).Exception);
    }

    [Fact]
    public async Task HandleAsync_OneItemCannotBeMapped_LogsItAndSendsTheOthers()
    {
        using var host = PackageHost.Start();
        var broken = new Moq.Mock<IContent>();
        broken.SetupGet(content => content.ContentType).Throws(new InvalidOperationException("content type missing"));
        var good = new FakeContent { Key = ArticleKey }.Build();

        await Handle(host, new ContentPublishedNotification([broken.Object, good], new EventMessages()));

        var item = Assert.Single(Items(Assert.Single(host.Http.Requests)));
        Assert.Equal(ArticleKey.ToString(), (string?)item["key"]);
        Assert.IsType<InvalidOperationException>(Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error).Exception);
    }

    private static Task Handle(PackageHost host, ContentPublishedNotification notification)
        => Assert.Single(host.PackageHandlers<ContentPublishedNotification>())
            .HandleAsync(notification, TestContext.Current.CancellationToken);

    private static IReadOnlyList<JsonNode> Items(RecordingHttpHandler.RecordedRequest request)
        => [.. JsonNode.Parse(request.Body)!["items"]!.AsArray().Select(item => item!)];
}
