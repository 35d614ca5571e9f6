using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;
using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;
using Sozialinfo.Knowledge.Umbraco.Notifications;
using Sozialinfo.Knowledge.Umbraco.Platform;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;

namespace Sozialinfo.Knowledge.Umbraco;

/// <summary>Registers the Sozialinfo Knowledge package on an Umbraco site.</summary>
public static class SozialinfoKnowledgeBuilderExtensions
{
    /// <summary>
    /// Adds the package, explicitly and without type scanning: <see cref="SozialinfoKnowledgeOptions"/> (section
    /// <c>Sozialinfo:Knowledge</c>, validated on start), the Delivery API index handler and the <c>tag:</c>,
    /// <c>dimension:</c>, <c>level:</c> and <c>dossier:</c> filters, the typed <see cref="IKnowledgePlatformClient"/>,
    /// and the content notification handlers. A second call does nothing.
    /// </summary>
    /// <param name="builder">The Umbraco builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IUmbracoBuilder AddSozialinfoKnowledge(this IUmbracoBuilder builder)
    {
        // The composer and a site's own call may both run; typed-client configuration must not be added twice.
        if (builder.Services.Any(service => service.ServiceType == typeof(SozialinfoKnowledgeMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<SozialinfoKnowledgeMarker>();

        builder.Services.AddOptions<SozialinfoKnowledgeOptions>()
            .Bind(builder.Config.GetSection(SozialinfoKnowledgeOptions.SectionName))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<SozialinfoKnowledgeOptions>, SozialinfoKnowledgeOptionsValidator>());

        builder.Services.AddHttpClient<IKnowledgePlatformClient, KnowledgePlatformClient>();
        builder.Services.AddTransient<ContentNotificationMapper>();
        builder.Services.AddTransient<PlatformNotifier>();

        builder.ContentIndexHandlers().Add<DigitalCheckContentIndexer>();
        builder.FilterHandlers()
            .Add<TagFilter>()
            .Add<DimensionFilter>()
            .Add<LevelFilter>()
            .Add<DossierFilter>();

        builder
            .AddNotificationAsyncHandler<ContentPublishedNotification, NotifyPlatformOnContentPublished>()
            .AddNotificationAsyncHandler<ContentUnpublishedNotification, NotifyPlatformOnContentUnpublished>()
            .AddNotificationAsyncHandler<ContentMovedToRecycleBinNotification, NotifyPlatformOnContentMovedToRecycleBin>()
            .AddNotificationAsyncHandler<ContentDeletedNotification, NotifyPlatformOnContentDeleted>();

        return builder;
    }
}
