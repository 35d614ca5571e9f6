namespace Sozialinfo.Knowledge.Markdown.Tests;

public sealed class MarkdownLimitsTests
{
    [Fact]
    public void Problems_Defaults_AreNone()
    {
        Assert.Empty(MarkdownLimits.Default.Problems());
    }

    [Fact]
    public void Problems_OutOfRange_NamesEverySetting()
    {
        var limits = new MarkdownLimits { MaxLength = 0, MaxLineLength = -1, MaxNestingDepth = MarkdownLimits.MaxNestingDepthCeiling + 1 };

        Assert.Equal(
            ["MaxLength must be at least 1 (is 0).", "MaxLineLength must be at least 1 (is -1).", "MaxNestingDepth must be between 1 and 32 (is 33)."],
            limits.Problems());
    }

    [Fact]
    public void MaxNestingDepthCeiling_RendersListsWithoutReachingMarkdigsOwnLimit()
    {
        var limits = new MarkdownLimits { MaxNestingDepth = MarkdownLimits.MaxNestingDepthCeiling };

        var result = KnowledgeMarkdown.TryRender("> " + string.Concat(Enumerable.Repeat("- ", MarkdownLimits.MaxNestingDepthCeiling - 1)) + "x", limits);

        Assert.True(result.Succeeded, result.Problem?.Message);
    }
}
