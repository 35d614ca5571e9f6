using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Delivery.Querying;

namespace Sozialinfo.Knowledge.Benchmarks.Micro;

/// <summary>The Delivery API query engine: the seeded DeliveryApiContentIndex and published snapshot (no HTTP, no JSON).</summary>
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the platform.")]
public class ContentQueryBenchmarks
{
    private SeededPlatform? _platform;
    private ContentSnapshot _snapshot = ContentSnapshot.Empty;
    private ContentQueryService? _service;
    private ISearchIndex? _index;
    private ContentQueryRequest? _articlesByTag;
    private ContentQueryRequest? _allArticles;
    private ContentQueryRequest? _childrenOfDossier;

    [GlobalSetup]
    public void Setup()
    {
        _platform = SeededPlatform.Start();
        _snapshot = _platform.Snapshot;
        _service = ActivatorUtilities.GetServiceOrCreateInstance<ContentQueryService>(_platform.Services);
        _index = _platform.Services.GetRequiredKeyedService<ISearchIndex>(SearchIndexNames.DeliveryApiContentIndex);
        _articlesByTag = Request(null, ["contentType:article", "tag:dc-dimension:datenschutz"], ["updateDate:desc"]);
        _allArticles = Request(null, ["contentType:article"], ["updateDate:desc"]);
        _childrenOfDossier = Request("children:fe5917ba-ea7a-49e2-ba4a-d6309391e92a", [], ["sortOrder:asc"]);
    }

    [GlobalCleanup]
    public void Cleanup() => _platform?.Dispose();

    [Benchmark(Baseline = true)]
    public int ArticlesByTagNewestFirst() => _service!.Execute(_snapshot, _index!, _articlesByTag!).Total;

    [Benchmark]
    public int AllArticlesNewestFirst() => _service!.Execute(_snapshot, _index!, _allArticles!).Total;

    [Benchmark]
    public int ChildrenOfDossier() => _service!.Execute(_snapshot, _index!, _childrenOfDossier!).Total;

    private static ContentQueryRequest Request(string? fetch, IReadOnlyList<string> filters, IReadOnlyList<string> sorts) =>
        new(fetch, filters, sorts, Skip: 0, Take: 10, Culture: Cultures.Default, StartItem: null);
}
