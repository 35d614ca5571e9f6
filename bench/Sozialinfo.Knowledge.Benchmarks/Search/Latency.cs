using System.Diagnostics;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>Percentiles of a set of timings, in milliseconds.</summary>
internal sealed record Latency(int Runs, double P50, double P95, double P99, double Mean)
{
    public static Latency Of(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latency(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Average());
    }

    /// <summary>Runs <paramref name="action"/> over the queries round-robin: warm-up runs first, then timed ones.</summary>
    public static Latency Measure(IReadOnlyList<string> queries, int warmUpRuns, int timedRuns, Action<string> action)
    {
        for (var run = 0; run < warmUpRuns; run++)
        {
            action(queries[run % queries.Count]);
        }

        var timings = new double[timedRuns];
        for (var run = 0; run < timedRuns; run++)
        {
            var start = Stopwatch.GetTimestamp();
            action(queries[run % queries.Count]);
            timings[run] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Of(timings);
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
