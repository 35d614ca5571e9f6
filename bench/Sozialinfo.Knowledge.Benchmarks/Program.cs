using Sozialinfo.Knowledge.Benchmarks.Baseline;
using Sozialinfo.Knowledge.Benchmarks.Micro;

namespace Sozialinfo.Knowledge.Benchmarks;

/// <summary>
/// Entry point: "baseline" serves a precomputed body on a minimal Kestrel app (the physical limit the load test
/// compares the platform with); "micro" runs the BenchmarkDotNet micro-benchmarks of the hot in-process paths.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["baseline", .. var rest] => await BaselineCommand.RunAsync(rest),
        ["micro", .. var rest] => MicroCommand.Run(rest),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage:
              baseline --port <port> [--bytes <n> | --body-file <path>] [--content-type <type>] [--content-encoding <br|gzip>]
                  GET /body serves the body (n synthetic bytes or the file's bytes); GET /body/{n} serves n synthetic bytes.
              micro [BenchmarkDotNet arguments, default --filter *]
            """);
        return 2;
    }
}
