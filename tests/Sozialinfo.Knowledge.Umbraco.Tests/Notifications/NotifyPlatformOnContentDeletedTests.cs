using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Tests.Notifications;

public sealed class NotifyPlatformOnContentDeletedTests
{
    [Fact]
    public async Task HandleAsync_DeletedContent_PostsItemToContentDeleted()
    {
        using var host = PackageHost.Start();
        var key = Guid.NewGuid();
        var content = new FakeContent { Key = key, ContentTypeAlias = "event", Name = "Workshop Datenschutz", Published = false }.Build();

        await Handle(host, new ContentDeletedNotification(content, new EventMessages()));

        var request = Assert.Single(host.Http.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://knowledge.example/platform/api/umbraco/notifications/content-deleted"), request.Uri);
        Assert.Equal(["test-key"], request.ApiKeys);
        var item = JsonNode.Parse(request.Body)!["items"]![0]!;
        Assert.Equal(key.ToString(), (string?)item["key"]);
        Assert.Equal("event", (string?)item["contentType"]);
        Assert.Equal("Workshop Datenschutz", (string?)item["name"]);
    }

    [Fact]
    public async Task HandleAsync_PlatformUnreachable_LogsErrorAndCompletes()
    {
        using var host = PackageHost.Start(http: new RecordingHttpHandler(_ => throw new HttpRequestException("No route to host")));

        var exception = await Record.ExceptionAsync(
            () => Handle(host, new ContentDeletedNotification(new FakeContent().Build(), new EventMessages())));

        Assert.Null(exception);
        var error = Assert.Single(host.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains("ContentDeleted", error.Message, StringComparison.Ordinal);
    }

    private static Task Handle(PackageHost host, ContentDeletedNotification notification)
        => Assert.Single(host.PackageHandlers<ContentDeletedNotification>())
            .HandleAsync(notification, TestContext.Current.CancellationToken);
}
