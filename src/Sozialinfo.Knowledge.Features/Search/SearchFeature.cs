using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;
using Sozialinfo.Knowledge.Features.Search.Indexing;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// Full-text search over the published content: keeps the named indexes (bound by the host, one
/// <see cref="Core.Search.ISearchIndex"/> per <see cref="Core.Search.SearchIndexNames"/> name as keyed singletons)
/// in step with every snapshot swap, and answers /api/search, /api/search/suggest, /api/search/recommend (the
/// Digital-Check's recommendations) and (with the editor key) /api/search/status.
/// </summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexUpdater>();
        services.AddSingleton<SearchResponseCache>();
        services.AddApiKeyGuard();
        services.AddSingleton<IContentSnapshotListener>(provider => provider.GetRequiredService<SearchIndexUpdater>());
        return services;
    }

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search").ExcludeFromDescription();
        group.MapGet("/", SearchContent.Handle);
        group.MapGet("/suggest", SuggestSearch.Handle);
        group.MapGet("/recommend", RecommendContent.Handle);
        group.MapGet("/status", GetSearchStatus.Handle).AddEndpointFilter<EditorApiKeyFilter>();
        return endpoints;
    }
}
