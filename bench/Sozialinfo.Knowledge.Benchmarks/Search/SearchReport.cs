using System.Globalization;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>Collects the figures of a search run and prints them as Markdown tables.</summary>
internal sealed class SearchReport(SearchOptions options)
{
    private readonly List<(string Step, TimeSpan Time, string Note)> _steps = [];
    private readonly Dictionary<string, Dictionary<string, long>> _totals = new(StringComparer.Ordinal);
    private readonly List<(string Variant, string Terms, Latency Latency)> _latencies = [];
    private readonly List<string> _ratios = [];

    public void Add(string step, TimeSpan time, string note)
    {
        _steps.Add((step, time, note));
        Console.Error.WriteLine($"{step}: {time.TotalSeconds:N1} s ({note})");
    }

    public void Totals(string engine, Dictionary<string, long> totals) => _totals[engine] = totals;

    public void Latency(string variant, string terms, Latency latency)
    {
        _latencies.Add((variant, terms, latency));
        Console.Error.WriteLine($"{variant} [{terms}]: p50 {latency.P50:N2} ms, p95 {latency.P95:N2} ms");
    }

    public void Ratio(string label, string numerator, string denominator)
    {
        foreach (var terms in new[] { "single", "two" })
        {
            var top = _latencies.Single(l => l.Variant == numerator && l.Terms == terms).Latency;
            var bottom = _latencies.Single(l => l.Variant == denominator && l.Terms == terms).Latency;
            _ratios.Add($"| {label} | {terms} | {top.P50 / bottom.P50:N2} | {top.P95 / bottom.P95:N2} |");
        }
    }

    public void Print(TextWriter output, int processors, string loadAverage, string runtime)
    {
        output.WriteLine(Invariant($"Corpus: {options.Count:N0} articles, seed {options.Seed}; {options.Runs:N0} timed runs per query class; {processors} cores, load average {loadAverage} at the end; {runtime}."));
        output.WriteLine();
        output.WriteLine("| Step | Time (s) | Note |");
        output.WriteLine("|---|---:|---|");
        foreach (var (step, time, note) in _steps)
        {
            output.WriteLine(Invariant($"| {step} | {time.TotalSeconds:N1} | {note} |"));
        }

        output.WriteLine();
        output.WriteLine("| Variant | Terms | Runs | p50 (ms) | p95 (ms) | p99 (ms) | mean (ms) |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (variant, terms, latency) in _latencies)
        {
            output.WriteLine(Invariant($"| {variant} | {terms} | {latency.Runs} | {latency.P50:N2} | {latency.P95:N2} | {latency.P99:N2} | {latency.Mean:N2} |"));
        }

        output.WriteLine();
        output.WriteLine("| Ratio | Terms | p50 | p95 |");
        output.WriteLine("|---|---|---:|---:|");
        _ratios.ForEach(output.WriteLine);
        output.WriteLine();
        var engines = _totals.Keys.ToList();
        output.WriteLine("| Query | " + string.Join(" | ", engines.Select(e => e + " matches")) + " |");
        output.WriteLine("|---|" + string.Concat(engines.Select(_ => "---:|")));
        foreach (var query in _totals[engines[0]].Keys)
        {
            output.WriteLine($"| {query} | " + string.Join(" | ", engines.Select(e => _totals[e][query].ToString("N0", CultureInfo.InvariantCulture))) + " |");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
