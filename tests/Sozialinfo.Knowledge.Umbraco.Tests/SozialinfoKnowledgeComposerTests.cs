using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Tests;

public sealed class SozialinfoKnowledgeComposerTests
{
    [Fact]
    public void Compose_UmbracoBuilder_AddsThePackage()
    {
        using var host = PackageHost.Start(addPackage: builder => new SozialinfoKnowledgeComposer().Compose(builder));

        Assert.Contains(host.Provider.GetRequiredService<FilterHandlerCollection>(), filter => filter is TagFilter);
        Assert.Single(host.PackageHandlers<ContentDeletedNotification>());
    }
}
