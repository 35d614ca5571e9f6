using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using Sozialinfo.Knowledge.Features.Search.RateLimiting;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// Full-text search over the published content: keeps the named indexes (bound by the host, one
/// <see cref="Core.Search.ISearchIndex"/> per <see cref="Core.Search.SearchIndexNames"/> name as keyed singletons)
/// in step with every snapshot swap, and answers /api/search, /api/search/suggest, /api/search/recommend (the
/// Digital-Check's recommendations) and (with the editor key) /api/search/status. The three reader endpoints are
/// limited per client (<see cref="SearchRateLimit"/>).
/// </summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexUpdater>();
        services.AddSingleton<SearchResponseCache>();
        services.AddSingleton<SearchSynonyms>();
        services.AddApiKeyGuard();
        services.AddSingleton<IContentSnapshotListener>(provider => provider.GetRequiredService<SearchIndexUpdater>());
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();
        services.AddSearchRateLimit();
        return services;
    }

    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search").ExcludeFromDescription();
        group.MapGet("/", SearchContent.Handle).RequireSearchRateLimit();
        group.MapGet("/suggest", SuggestSearch.Handle).RequireSearchRateLimit();
        group.MapGet("/recommend", RecommendContent.Handle).RequireSearchRateLimit();
        group.MapGet("/status", GetSearchStatus.Handle).AddEndpointFilter<EditorApiKeyFilter>();
        return endpoints;
    }
}
