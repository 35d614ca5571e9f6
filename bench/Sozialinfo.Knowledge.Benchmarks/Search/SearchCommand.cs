using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>
/// "search": builds the synthetic corpus, rebuilds a Lucene index and an SQLite FTS5 table from it, and prints a
/// Markdown report: rebuild time and size, query latency percentiles (single and two terms, as the endpoint asks and
/// bare), publish-to-visible latency, and the Lucene/FTS5 ratios.
/// </summary>
internal static class SearchCommand
{
    private const int PublishUpdates = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        if (!SearchOptions.TryParse(args, out var options))
        {
            Console.Error.WriteLine("Usage: search [--count 50000] [--runs 2000] [--seed 42] [--render platform|simple]");
            return 2;
        }

        var report = new SearchReport(options);
        var start = Stopwatch.GetTimestamp();
        var articles = SyntheticCorpus.Generate(options.Count, options.Seed).ToList();
        report.Add("Corpus generated", Stopwatch.GetElapsedTime(start), $"{articles.Count:N0} articles, {articles.Average(a => a.Markdown.Split(' ').Length):N0} words each on average");

        start = Stopwatch.GetTimestamp();
        var content = CorpusContent.Build(articles, options.PlatformRenderer);
        articles = null;
        report.Add("Markdown rendered + snapshot built", Stopwatch.GetElapsedTime(start), $"{content.Snapshot.All.Count:N0} items ({(options.PlatformRenderer ? "KnowledgeMarkdown.Render" : "SimpleHtml")}, parallel)");
        GC.Collect();

        using (var lucene = new LuceneBench())
        {
            report.Add("Lucene full rebuild (RebuildAsync)", await lucene.RebuildAsync(content), $"index size {Megabytes(lucene.SizeOnDisk)}");
            report.Totals("Lucene", BenchQueries.SingleTerm.Concat(BenchQueries.TwoTerm).ToDictionary(q => q, q => (long)lucene.SearchLikeEndpoint(q).Total));
            report.Latency("Lucene, as /api/search (facets + snippets)", "single", Measure(options, BenchQueries.SingleTerm, q => lucene.SearchLikeEndpoint(q)));
            report.Latency("Lucene, as /api/search (facets + snippets)", "two", Measure(options, BenchQueries.TwoTerm, q => lucene.SearchLikeEndpoint(q)));
            report.Latency("Lucene, no facets, no snippets", "single", Measure(options, BenchQueries.SingleTerm, q => lucene.SearchBare(q)));
            report.Latency("Lucene, no facets, no snippets", "two", Measure(options, BenchQueries.TwoTerm, q => lucene.SearchBare(q)));
            var (visible, indexCall) = await lucene.MeasurePublishAsync(content, PublishUpdates);
            report.Latency("Lucene publish: IndexAsync of 1 article", "update", indexCall);
            report.Latency("Lucene publish: until Search finds the new word", "update", visible);
        }

        using (var fts5 = new Fts5Bench())
        {
            report.Add("FTS5 build (insert + optimize)", fts5.Build(content.Snapshot), $"database size {Megabytes(fts5.SizeOnDisk)}");
            report.Totals("FTS5", BenchQueries.SingleTerm.Concat(BenchQueries.TwoTerm).ToDictionary(q => q, fts5.SearchWithSnippetAndCount));
            report.Latency("FTS5, top 10 + snippet() + count", "single", Measure(options, BenchQueries.SingleTerm, q => fts5.SearchWithSnippetAndCount(q)));
            report.Latency("FTS5, top 10 + snippet() + count", "two", Measure(options, BenchQueries.TwoTerm, q => fts5.SearchWithSnippetAndCount(q)));
            report.Latency("FTS5, top 10 only", "single", Measure(options, BenchQueries.SingleTerm, q => fts5.SearchTopOnly(q)));
            report.Latency("FTS5, top 10 only", "two", Measure(options, BenchQueries.TwoTerm, q => fts5.SearchTopOnly(q)));
        }

        report.Ratio("Lucene as /api/search ÷ FTS5 top 10 + snippet() + count", "Lucene, as /api/search (facets + snippets)", "FTS5, top 10 + snippet() + count");
        report.Ratio("Lucene bare ÷ FTS5 top 10 only", "Lucene, no facets, no snippets", "FTS5, top 10 only");
        report.Print(Console.Out, Environment.ProcessorCount, LoadAverage(), RuntimeInformation.FrameworkDescription);
        return 0;
    }

    private static Latency Measure(SearchOptions options, IReadOnlyList<string> queries, Action<string> search) =>
        Latency.Measure(queries, warmUpRuns: Math.Max(200, options.Runs / 10), options.Runs, search);

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
