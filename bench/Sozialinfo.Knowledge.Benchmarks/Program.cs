using Sozialinfo.Knowledge.Benchmarks.Baseline;
using Sozialinfo.Knowledge.Benchmarks.Micro;
using Sozialinfo.Knowledge.Benchmarks.Search;

namespace Sozialinfo.Knowledge.Benchmarks;

/// <summary>
/// Entry point: "baseline" serves a precomputed body on a minimal Kestrel app (the physical limit the load test
/// compares the platform with); "micro" runs the BenchmarkDotNet micro-benchmarks of the hot in-process paths;
/// "search" measures the search index on a synthetic 50,000-article corpus against SQLite FTS5.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["baseline", .. var rest] => await BaselineCommand.RunAsync(rest),
        ["micro", .. var rest] => MicroCommand.Run(rest),
        ["search", .. var rest] => await SearchCommand.RunAsync(rest),
        ["search-probe", .. var rest] => await SearchProbeCommand.RunAsync(rest),
        ["search-corpus", .. var rest] => await Search.Load.SearchCorpusCommand.RunAsync(rest),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage:
              baseline --port <port> [--bytes <n> | --body-file <path>] [--content-type <type>] [--content-encoding <br|gzip>]
                  GET /body serves the body (n synthetic bytes or the file's bytes); GET /body/{n} serves n synthetic bytes.
              micro [BenchmarkDotNet arguments, default --filter *]
              search [--count 50000] [--runs 2000] [--seed 42] [--render platform|simple]
                  Synthetic German corpus: Lucene rebuild, query latency, publish-to-visible, SQLite FTS5 comparison.
              search-corpus --out <folder> [--count 50000] [--seed 42] [--part-size 20000]
                  Writes the synthetic corpus as seed files for the platform's import, plus query lists (bench/run-search-load.sh).
            """);
        return 2;
    }
}
