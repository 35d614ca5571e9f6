using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Tests.Notifications;

public sealed class NotifyPlatformOnContentUnpublishedTests
{
    private static readonly Guid ArticleKey = Guid.Parse("0f8e5b4c-3d2a-4c1b-9e8f-7a6b5c4d3e2f");

    [Fact]
    public async Task HandleAsync_InvariantContent_PostsItemToContentUnpublished()
    {
        using var host = PackageHost.Start();
        var content = new FakeContent { Key = ArticleKey, Published = false, EditedTags = "thema:ndsg" }.Build();

        await Handle(host, new ContentUnpublishedNotification(content, new EventMessages()));

        var request = Assert.Single(host.Http.Requests);
        Assert.Equal(new Uri("https://knowledge.example/platform/api/umbraco/notifications/content-unpublished"), request.Uri);
        Assert.Equal(["test-key"], request.ApiKeys);
        var item = JsonNode.Parse(request.Body)!["items"]![0]!;
        Assert.Equal(ArticleKey.ToString(), (string?)item["key"]);
        JsonAssert.Equivalent("""[ "thema:ndsg" ]""", item["tags"]!.ToJsonString());
        JsonAssert.Equivalent("""[ { "culture": "de-CH", "name": "Datenschutz in der Beratung" } ]""", item["cultures"]!.ToJsonString());
    }

    [Fact]
    public async Task HandleAsync_OneCultureUnpublished_ReportsOnlyThatCulture()
    {
        using var host = PackageHost.Start();
        var content = new FakeContent { Key = ArticleKey, VariesByCulture = true, PublishedCultures = ["de-CH"] }
            .WithName("de-CH", "Datenschutz").WithName("fr-CH", "Protection des données").Build();
        var unpublished = new Dictionary<Guid, IReadOnlyCollection<string>> { [ArticleKey] = ["fr-CH"] };

        await Handle(host, new ContentUnpublishedNotification([content], new EventMessages(), unpublished));

        var cultures = JsonNode.Parse(Assert.Single(host.Http.Requests).Body)!["items"]![0]!["cultures"]!;
        JsonAssert.Equivalent("""[ { "culture": "fr-CH", "name": "Protection des données" } ]""", cultures.ToJsonString());
    }

    [Fact]
    public async Task HandleAsync_PlatformRejectsApiKey_LogsErrorAndCompletes()
    {
        using var host = PackageHost.Start(http: new RecordingHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized)));

        var exception = await Record.ExceptionAsync(
            () => Handle(host, new ContentUnpublishedNotification(new FakeContent().Build(), new EventMessages())));

        Assert.Null(exception);
        var error = Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("ContentUnpublished", error.Message, StringComparison.Ordinal);
    }

    private static Task Handle(PackageHost host, ContentUnpublishedNotification notification)
        => Assert.Single(host.PackageHandlers<ContentUnpublishedNotification>())
            .HandleAsync(notification, TestContext.Current.CancellationToken);
}
