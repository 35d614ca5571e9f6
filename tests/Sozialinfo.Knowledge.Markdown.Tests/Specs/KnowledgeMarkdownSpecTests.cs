namespace Sozialinfo.Knowledge.Markdown.Tests.Specs;

public sealed class KnowledgeMarkdownSpecTests
{
    public static IEnumerable<TheoryDataRow<string, int>> Examples() =>
        SpecExampleLoader.LoadAll().Select(e => new TheoryDataRow<string, int>(e.File, e.Number)
        {
            TestDisplayName = $"{e.File} example {e.Number} (line {e.Line}, {e.Section})",
        });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Render_SpecExample_ProducesExpectedHtml(string file, int number)
    {
        var example = SpecExampleLoader.Load(Path.Combine(AppContext.BaseDirectory, "Specs", file)).Single(e => e.Number == number);

        var html = KnowledgeMarkdown.Render(example.Markdown).Html;

        Assert.Equal(Normalize(example.Html), Normalize(html));
    }

    [Fact]
    public void LoadAll_SpecFolder_FindsExamplesInEveryFile()
    {
        var examples = SpecExampleLoader.LoadAll();

        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Select(Path.GetFileName);
        Assert.All(files, f => Assert.Contains(examples, e => e.File == f));
        Assert.True(examples.Count >= 20, $"only {examples.Count} examples");
    }

    private static string Normalize(string html) => html.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
