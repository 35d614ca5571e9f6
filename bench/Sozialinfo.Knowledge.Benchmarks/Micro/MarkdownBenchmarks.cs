using BenchmarkDotNet.Attributes;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Benchmarks.Micro;

/// <summary>Markdown rendering of real seed articles (done once per publish, when the snapshot is built).</summary>
public class MarkdownBenchmarks
{
    private string _revDsg = string.Empty;
    private string _longest = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _revDsg = SeedFiles.ReadBody(SeedFiles.RevDsgArticle);
        _longest = Directory.EnumerateFiles(SeedFiles.SeedFolder, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => SeedFiles.ReadBody(Path.GetRelativePath(SeedFiles.SeedFolder, f)))
            .MaxBy(body => body.Length) ?? string.Empty;
    }

    [Benchmark(Baseline = true)]
    public MarkdownDocument RenderRevDsgArticle() => KnowledgeMarkdown.Render(_revDsg);

    [Benchmark]
    public MarkdownDocument RenderLongestSeedFile() => KnowledgeMarkdown.Render(_longest);
}
