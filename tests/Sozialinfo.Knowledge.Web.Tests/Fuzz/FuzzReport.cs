namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>What one fuzz run sent, how long it took, how often each status came back, and every request that got a 5xx or broke the host.</summary>
internal sealed record FuzzReport(int Requests, TimeSpan Elapsed, IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<string> Failures)
{
    public override string ToString() =>
        Failures.Count == 0
            ? $"{Requests} requests in {Elapsed.TotalSeconds:0.0} s, no 5xx ({string.Join(", ", Statuses.Select(s => $"{s.Value}× {s.Key}"))})."
            : $"{Failures.Count} of {Requests} requests answered 5xx or failed (seed {RandomFuzzCorpus.Seed}):\n" + string.Join('\n', Failures);
}
