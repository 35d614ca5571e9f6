using System.Text.Json.Nodes;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Tests.Notifications;

public sealed class NotifyPlatformOnContentMovedToRecycleBinTests
{
    [Fact]
    public async Task HandleAsync_TrashedVariantContent_PostsContentUnpublishedWithAllCultures()
    {
        using var host = PackageHost.Start();
        var key = Guid.NewGuid();
        var content = new FakeContent { Key = key, VariesByCulture = true, Published = false }
            .WithName("fr-CH", "Protection des données").WithName("de-CH", "Datenschutz").Build();
        var move = new MoveToRecycleBinEventInfo<IContent>(content, "-1,1,2,3");

        await Assert.Single(host.PackageHandlers<ContentMovedToRecycleBinNotification>())
            .HandleAsync(new ContentMovedToRecycleBinNotification(move, new EventMessages()), TestContext.Current.CancellationToken);

        var request = Assert.Single(host.Http.Requests);
        Assert.Equal(new Uri("https://knowledge.example/platform/api/umbraco/notifications/content-unpublished"), request.Uri);
        var item = JsonNode.Parse(request.Body)!["items"]![0]!;
        Assert.Equal(key.ToString(), (string?)item["key"]);
        Assert.Equal("Datenschutz", (string?)item["name"]);
        JsonAssert.Equivalent(
            """[ { "culture": "de-CH", "name": "Datenschutz" }, { "culture": "fr-CH", "name": "Protection des données" } ]""",
            item["cultures"]!.ToJsonString());
    }
}
