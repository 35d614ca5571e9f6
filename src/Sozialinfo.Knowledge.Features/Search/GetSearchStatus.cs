using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Features.Search.Indexing;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>GET /api/search/status (header Api-Key, like the editor API): per index documents, last update, health, schema.</summary>
internal static class GetSearchStatus
{
    public static Ok<IReadOnlyList<SearchIndexStatusItem>> Handle(SearchIndexUpdater updater) =>
        TypedResults.Ok<IReadOnlyList<SearchIndexStatusItem>>([.. updater.Indexes
            .Select(index => index.GetStatus())
            .Select(s => new SearchIndexStatusItem(s.Name, s.DocumentCount, s.LastUpdated, s.Health.ToString(), s.SchemaVersion, s.Detail))]);
}
