using BenchmarkDotNet.Attributes;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Benchmarks.Micro;

/// <summary>
/// Markdown rendering of real seed content. It runs when a snapshot is built (start-up and every publish), never per
/// request, so it weighs on the start-up target, not on throughput.
/// </summary>
public class MarkdownBenchmarks
{
    private string _revDsg = string.Empty;
    private string[] _allSeedBodies = [];

    [GlobalSetup]
    public void Setup()
    {
        _revDsg = SeedFiles.ReadBody(SeedFiles.RevDsgArticle);
        _allSeedBodies = [.. Directory.EnumerateFiles(SeedFiles.SeedFolder, "*.md", SearchOption.AllDirectories)
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.Ordinal))
            .Select(f => SeedFiles.ReadBody(Path.GetRelativePath(SeedFiles.SeedFolder, f)))];
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument RenderRevDsgArticle() => KnowledgeMarkdown.Render(_revDsg);

    /// <summary>Every seed file once: the Markdown share of building the seeded snapshot.</summary>
    [Benchmark]
    public int RenderAllSeedFiles()
    {
        var words = 0;
        foreach (var body in _allSeedBodies)
        {
            words += KnowledgeMarkdown.Render(body).WordCount;
        }

        return words;
    }
}
