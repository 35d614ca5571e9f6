using System.Diagnostics;

namespace Sozialinfo.Knowledge.Markdown.Tests;

/// <summary>
/// <see cref="KnowledgeMarkdown.TryRender"/> on the inputs of issue 8 and their relatives: refused with the reason,
/// never thrown, and fast (the 2,000-level nested list took 15 s before the limits).
/// </summary>
public sealed class KnowledgeMarkdownLimitTests
{
    /// <summary>Generous for a loaded machine; each input is refused in well under 100 ms on one idle core.</summary>
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(2);

    public static TheoryData<string, string, MarkdownProblemKind> Hostile { get; } = new()
    {
        { "quotes128", string.Concat(Enumerable.Repeat("> ", 128)) + "x", MarkdownProblemKind.TooDeeplyNested },
        { "quotes17", string.Concat(Enumerable.Repeat("> ", 17)) + "x", MarkdownProblemKind.TooDeeplyNested },
        { "brackets50000", new string('[', 50_000), MarkdownProblemKind.LineTooLong },
        { "emphasis50000", string.Concat(Enumerable.Repeat("*a", 50_000)), MarkdownProblemKind.TooLong },
        { "list2000", string.Concat(Enumerable.Repeat("- ", 2_000)) + "x", MarkdownProblemKind.TooDeeplyNested },
        { "orderedList2000", string.Concat(Enumerable.Repeat("1. ", 2_000)) + "x", MarkdownProblemKind.TooDeeplyNested },
        { "indentedList2000", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i * 2) + "- a\n")), MarkdownProblemKind.TooLong },
        { "indentedList17", string.Concat(Enumerable.Range(0, 17).Select(i => new string(' ', i * 2) + "- a\n")), MarkdownProblemKind.TooDeeplyNested },
        { "emphasis17", string.Concat(Enumerable.Repeat("*a _b ", 17)) + "x" + string.Concat(Enumerable.Repeat("_ b*", 17)), MarkdownProblemKind.TooDeeplyNested },
        { "strong17", string.Concat(Enumerable.Range(0, 17).Select(i => $"**s{i} ")) + "x" + string.Concat(Enumerable.Repeat("**", 17)), MarkdownProblemKind.TooDeeplyNested },
        { "body20MB", new string('a', 20_000_000), MarkdownProblemKind.TooLong },
        { "linkOpeners", string.Concat(Enumerable.Repeat("[a](", 5_000)), MarkdownProblemKind.LineTooLong },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void TryRender_HostileInput_IsRefusedQuicklyWithItsReason(string name, string markdown, MarkdownProblemKind kind)
    {
        var started = Stopwatch.GetTimestamp();

        var result = KnowledgeMarkdown.TryRender(markdown);

        Assert.False(result.Succeeded, name);
        Assert.Null(result.Document);
        Assert.Equal(kind, result.Problem!.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem.Message));
        Assert.True(Stopwatch.GetElapsedTime(started) < Fast, $"{name} took {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Render_HostileInput_ThrowsMarkdownRenderExceptionWithTheProblem()
    {
        var exception = Assert.Throws<MarkdownRenderException>(() => KnowledgeMarkdown.Render(string.Concat(Enumerable.Repeat("> ", 128)) + "x"));

        Assert.Equal(MarkdownProblemKind.TooDeeplyNested, exception.Problem.Kind);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    public void TryRender_AtTheNestingLimit_Renders(string level)
    {
        var result = KnowledgeMarkdown.TryRender(string.Concat(Enumerable.Repeat(level, MarkdownLimits.Default.MaxNestingDepth)) + "x");

        Assert.True(result.Succeeded, result.Problem?.Message);
        Assert.Contains(">x<", result.Document!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRender_TooDeep_NamesTheLimitAndTheLine()
    {
        var markdown = "Erster Absatz.\n\n" + string.Concat(Enumerable.Repeat("> ", 17)) + "x";

        var problem = KnowledgeMarkdown.TryRender(markdown).Problem!;

        Assert.Equal(3, problem.Line);
        Assert.Equal(
            "Der Text ist zu tief verschachtelt (höchstens 16 Ebenen aus Zitaten, Listen, Tabellen, Hervorhebungen und Links ineinander); Zeile 3 liegt tiefer.",
            problem.Message);
    }

    [Fact]
    public void TryRender_TooLong_NamesLengthAndLimitWithSwissSeparators()
    {
        var problem = KnowledgeMarkdown.TryRender(new string('a', 50_001)).Problem!;

        Assert.Equal("Der Text ist zu lang: 50’001 Zeichen, erlaubt sind höchstens 50’000. Bitte kürzen oder auf mehrere Inhalte aufteilen.", problem.Message);
    }

    [Fact]
    public void TryRender_ConfiguredLimits_AreTheOnesApplied()
    {
        var limits = new MarkdownLimits { MaxLength = 200_000, MaxLineLength = 100_000, MaxNestingDepth = 4 };

        Assert.True(KnowledgeMarkdown.TryRender(new string('a', 60_000), limits).Succeeded);
        Assert.Equal(MarkdownProblemKind.TooDeeplyNested, KnowledgeMarkdown.TryRender("> > > > > x", limits).Problem?.Kind);
        Assert.Contains("höchstens 4 Ebenen", KnowledgeMarkdown.Validate("> > > > > x", limits)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeedSizedArticleAtTheLengthLimit_IsAccepted()
    {
        var paragraph = "Ein Absatz mit **Hervorhebung**, einem [Link](/dossiers/) und etwas Text, wie ihn Redaktionen schreiben.\n\n";
        var article = string.Concat(Enumerable.Repeat("## Abschnitt\n\n" + paragraph + "- Punkt\n- Punkt\n\n", 500))[..MarkdownLimits.Default.MaxLength];

        Assert.Null(KnowledgeMarkdown.Validate(article));
    }
}
