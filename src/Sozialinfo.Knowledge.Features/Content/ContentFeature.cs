using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Import;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Content.Startup;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>
/// The content capability: document types, seed import, drafts and publishing (editor API under /api/content),
/// and the published snapshot every reader works on (<see cref="PublishedContentCache"/>, a singleton).
/// </summary>
public static class ContentFeature
{
    public static IServiceCollection AddContentFeature(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(DocumentTypeCatalogFactory.Create);
        services.AddSingleton<PublishedContentCache>();
        services.AddSingleton<ContentSnapshotBuilder>();
        services.AddSingleton<ContentWriteLock>();
        services.AddApiKeyGuard();
        services.AddSingleton<SeedContentImporter>();
        services.AddHostedService<ContentStartup>();
        services.AddTransient<IStartupFilter, ContentReadinessStartupFilter>();
        return services;
    }

    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content")
            .AddEndpointFilter<EditorApiKeyFilter>()
            .ExcludeFromDescription();
        group.MapGet("/{key}", GetContent.HandleAsync);
        group.MapPut("/{key}", SaveContent.HandleAsync);
        group.MapPost("/{key}/publish", PublishContent.HandleAsync);
        group.MapPost("/{key}/unpublish", UnpublishContent.HandleAsync);
        group.MapGet("/{key}/versions", GetContentVersions.HandleAsync);
        return endpoints;
    }
}
