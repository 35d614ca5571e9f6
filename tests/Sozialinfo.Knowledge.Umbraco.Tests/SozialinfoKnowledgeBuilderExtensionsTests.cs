using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;
using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;
using Sozialinfo.Knowledge.Umbraco.Notifications;
using Sozialinfo.Knowledge.Umbraco.Platform;
using Sozialinfo.Knowledge.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco.Tests;

public sealed class SozialinfoKnowledgeBuilderExtensionsTests
{
    [Fact]
    public void AddSozialinfoKnowledge_FilterHandlers_AreInUmbracosFilterHandlerCollection()
    {
        using var host = PackageHost.Start();

        var filters = host.Provider.GetRequiredService<FilterHandlerCollection>();

        Assert.Equal(
            [typeof(TagFilter), typeof(DimensionFilter), typeof(LevelFilter), typeof(DossierFilter)],
            filters.Select(filter => filter.GetType()));
    }

    [Fact]
    public void AddSozialinfoKnowledge_IndexHandler_IsInUmbracosContentIndexHandlerCollection()
    {
        using var host = PackageHost.Start();

        var indexers = host.Provider.GetRequiredService<ContentIndexHandlerCollection>();

        Assert.Equal([typeof(DigitalCheckContentIndexer)], indexers.Select(indexer => indexer.GetType()));
    }

    [Fact]
    public void AddSozialinfoKnowledge_NotificationHandlers_ResolveForEachContentNotification()
    {
        using var host = PackageHost.Start();

        Assert.IsType<NotifyPlatformOnContentPublished>(
            Assert.Single(host.PackageHandlers<ContentPublishedNotification>()));
        Assert.IsType<NotifyPlatformOnContentUnpublished>(
            Assert.Single(host.PackageHandlers<ContentUnpublishedNotification>()));
        Assert.IsType<NotifyPlatformOnContentMovedToRecycleBin>(
            Assert.Single(host.PackageHandlers<ContentMovedToRecycleBinNotification>()));
        Assert.IsType<NotifyPlatformOnContentDeleted>(
            Assert.Single(host.PackageHandlers<ContentDeletedNotification>()));
    }

    [Fact]
    public void AddSozialinfoKnowledge_Options_AreBoundFromSozialinfoKnowledgeSection()
    {
        var settings = new Dictionary<string, string?>(PackageHost.ValidSettings)
        {
            ["Sozialinfo:Knowledge:Culture"] = "fr-CH",
            ["Sozialinfo:Knowledge:RequestTimeout"] = "00:00:05",
        };
        using var host = PackageHost.Start(settings);

        var options = host.Provider.GetRequiredService<IOptions<SozialinfoKnowledgeOptions>>().Value;

        Assert.Equal(new Uri("https://knowledge.example/platform"), options.PlatformBaseUrl);
        Assert.Equal("test-key", options.PlatformApiKey);
        Assert.Equal("fr-CH", options.Culture);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
    }

    [Fact]
    public void AddSozialinfoKnowledge_MissingSettings_FailStartupValidation()
    {
        using var host = PackageHost.Start(new Dictionary<string, string?>());

        var exception = Assert.Throws<OptionsValidationException>(
            () => host.Provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(exception.Failures, failure => failure.Contains("PlatformBaseUrl", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains("PlatformApiKey", StringComparison.Ordinal));
    }

    [Fact]
    public void AddSozialinfoKnowledge_ValidSettings_PassStartupValidation()
    {
        using var host = PackageHost.Start();

        var exception = Record.Exception(() => host.Provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(exception);
    }

    [Fact]
    public void AddSozialinfoKnowledge_TypedClient_IsRegisteredAsKnowledgePlatformClient()
    {
        var services = new ServiceCollection();
        var builder = PackageHost.CreateBuilder(services);

        builder.AddSozialinfoKnowledge();

        var descriptor = Assert.Single(services, service => service.ServiceType == typeof(IKnowledgePlatformClient));
        Assert.Equal(ServiceLifetime.Transient, descriptor.Lifetime);
        Assert.Contains(services, service => service.ServiceType.Name == "IHttpClientFactory");
    }

    [Fact]
    public void AddSozialinfoKnowledge_CalledTwice_RegistersEverythingOnce()
    {
        using var host = PackageHost.Start(addPackage: builder =>
        {
            builder.AddSozialinfoKnowledge();
            new SozialinfoKnowledgeComposer().Compose(builder);
        });

        Assert.Single(host.PackageHandlers<ContentPublishedNotification>());
        Assert.Equal(4, host.Provider.GetRequiredService<FilterHandlerCollection>().Count);
        Assert.Single(host.Provider.GetServices<IValidateOptions<SozialinfoKnowledgeOptions>>());
    }
}
