using System.Diagnostics;
using System.Globalization;
using Sozialinfo.Knowledge.Benchmarks.Search.Corpus;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Synonyms;
using Sozialinfo.Knowledge.Search.Lucene;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>
/// "search-probe": keeps a synthetic-corpus index in a folder (built on the first run) and prints, per bench query,
/// p50/p95 of the search as the endpoint asks it and of variants without facets, snippets or both. For finding where
/// a query's time goes; the "search" command gives the reported figures.
/// </summary>
internal static class SearchProbeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Argument(args, "--folder") ?? Path.Combine(Path.GetTempPath(), "knowledge-search-probe");
        var count = int.Parse(Argument(args, "--count") ?? "50000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Argument(args, "--runs") ?? "200", CultureInfo.InvariantCulture);
        var filter = Argument(args, "--query");

        // --synonyms <content-seed folder>: every query carries the seed's synonym table, and the synonym queries join.
        var synonyms = Argument(args, "--synonyms") is { } seed ? SeedSynonyms.Load(seed) : SynonymTable.Empty;
        using var index = LuceneSearchIndex.OpenFolder(SearchIndexNames.ExternalIndex, folder, TimeProvider.System);
        if (index.GetStatus() is not { Health: IndexHealth.Healthy } status || status.DocumentCount < count)
        {
            var start = Stopwatch.GetTimestamp();
            var content = CorpusContent.Build([.. SyntheticCorpus.Generate(count, 42)], platformRenderer: true);
            await index.RebuildAsync(content.IndexItems(), CancellationToken.None);
            Console.WriteLine($"built {count:N0} articles in {Stopwatch.GetElapsedTime(start).TotalSeconds:N1} s");
        }

        if (args.Contains("--alloc"))
        {
            using var sampler = new AllocationSampler();
            var query = new SearchQuery { Culture = CorpusContent.Culture, Take = 10, Facets = SearchFacetNames.All, Text = filter ?? "Datenschutz" };
            for (var run = 0; run < runs; run++)
            {
                index.Search(query);
            }

            foreach (var (type, bytes) in sampler.BytesByType.OrderByDescending(p => p.Value).Take(25))
            {
                Console.WriteLine($"{bytes / runs / 1024,8:N0} KB per search  {type}");
            }

            return 0;
        }

        GC.Collect();
        var segments = Directory.EnumerateFiles(folder, "*.si").Count();
        Console.WriteLine($"{index.GetStatus().DocumentCount:N0} documents, {segments} segments");
        Console.WriteLine("| query | hits | endpoint p50/p95 | no snippets | no facets | bare | allocated endpoint / bare |");
        Console.WriteLine("|---|---:|---|---|---|---|---|");
        var full = new SearchQuery { Culture = CorpusContent.Culture, Take = 10, Facets = SearchFacetNames.All, Synonyms = synonyms };
        Console.WriteLine($"synonym groups: {synonyms.Groups.Count}");
        // --text <query>: that text alone, as typed (e.g. a typo or a worst case), instead of the bench queries.
        var queries = Argument(args, "--text") is { } typed
            ? [typed]
            : BenchQueries.SingleTerm.Concat(BenchQueries.TwoTerm).Concat(synonyms.IsEmpty ? [] : BenchQueries.Synonym);
        foreach (var text in queries.Where(q => filter is null || q.Contains(filter, StringComparison.OrdinalIgnoreCase)))
        {
            var query = full with { Text = text };
            var first = index.Search(query);
            var total = first.Total;
            if (first.TimedOut || first.Suggestion is not null)
            {
                Console.WriteLine($"timed out: {first.TimedOut}, suggestion: {first.Suggestion}");
            }

            var gcBefore = GC.CollectionCount(0);
            var cells = new[]
            {
                query,
                query with { Highlight = false },
                query with { Facets = [] },
                query with { Facets = [], Highlight = false },
            }.Select(variant => Latency.Measure([text], runs / 5, runs, _ => index.Search(variant))).Select(l => $"{l.P50:N2} / {l.P95:N2}");
            var line = $"| {text} | {total:N0} | {string.Join(" | ", cells)} | {string.Join(" / ", Allocated(index, query))} |";
            Console.WriteLine($"{line} gen0 {GC.CollectionCount(0) - gcBefore}");
        }

        return 0;
    }

    /// <summary>Bytes allocated by one search as the endpoint asks it, and bare.</summary>
    private static IEnumerable<string> Allocated(LuceneSearchIndex index, SearchQuery query)
    {
        foreach (var variant in new[] { query, query with { Facets = [], Highlight = false } })
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            index.Search(variant);
            yield return $"{(GC.GetAllocatedBytesForCurrentThread() - before) / 1024:N0} KB";
        }
    }

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
