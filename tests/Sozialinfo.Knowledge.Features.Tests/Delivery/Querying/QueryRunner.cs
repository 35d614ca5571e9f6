using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Delivery.Querying;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using Sozialinfo.Knowledge.Search.Lucene;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying;

/// <summary>
/// The real service, resolved through AddContentQuerying, asking a real Lucene index built from
/// <see cref="QueryTree"/> (in a temp folder, deleted when the test process ends).
/// </summary>
internal static class QueryRunner
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "sozialinfo-query-tests", Guid.NewGuid().ToString("N"));

    static QueryRunner()
    {
        var index = LuceneSearchIndex.OpenFolder(SearchIndexNames.DeliveryApiContentIndex, Folder, TimeProvider.System);
        index.RebuildAsync(SearchIndexItems.All(Snapshot), CancellationToken.None).GetAwaiter().GetResult();
        Index = index;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            index.Dispose();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        };
    }

    public static ContentSnapshot Snapshot { get; } = QueryTree.Snapshot();

    public static ISearchIndex Index { get; }

    public static ContentQueryService Service { get; } =
        new ServiceCollection().AddContentQuerying().BuildServiceProvider().GetRequiredService<ContentQueryService>();

    public static ContentQueryOutcome Execute(
        string? fetch = null,
        string[]? filters = null,
        string[]? sorts = null,
        int skip = 0,
        int take = 100,
        string culture = "de-CH",
        Guid? startItem = null) =>
        Service.Execute(
            Snapshot,
            Index,
            new ContentQueryRequest(fetch, filters ?? [], sorts ?? [], skip, take, culture, startItem is { } key ? Snapshot.GetByKey(key) : null));

    /// <summary>The names (in the culture) of a successful outcome's items, in order.</summary>
    public static string[] Names(ContentQueryOutcome outcome, string culture = "de-CH")
    {
        Assert.Null(outcome.Error);
        return [.. outcome.Items.Select(i => i.GetCulture(culture)!.Name)];
    }

    public static string[] Names(
        string? fetch = null, string[]? filters = null, string[]? sorts = null, string culture = "de-CH", Guid? startItem = null) =>
        Names(Execute(fetch, filters, sorts, culture: culture, startItem: startItem), culture);

    public static ContentQueryError Error(string? fetch = null, string[]? filters = null, string[]? sorts = null)
    {
        var outcome = Execute(fetch, filters, sorts);
        Assert.NotNull(outcome.Error);
        Assert.Equal(0, outcome.Total);
        Assert.Empty(outcome.Items);
        return outcome.Error;
    }
}
