using Sozialinfo.Knowledge.Markdown.Validation;

namespace Sozialinfo.Knowledge.Markdown.Tests.Validation;

public sealed class MarkdownInputCheckTests
{
    private static readonly MarkdownLimits Limits = new() { MaxLength = 100, MaxLineLength = 10 };

    [Theory]
    [InlineData("")]
    [InlineData("0123456789")]
    [InlineData("0123456789\n0123456789")]
    [InlineData("0123456789\r\n0123456789\r0123456789\n")]
    public void Check_WithinLimits_IsNull(string markdown)
    {
        Assert.Null(MarkdownInputCheck.Check(markdown, Limits));
    }

    [Theory]
    [InlineData("01234567890", 1)]
    [InlineData("a\n01234567890", 2)]
    [InlineData("a\r\nb\r\n01234567890", 3)]
    [InlineData("a\rb\n\n01234567890", 4)]
    public void Check_LongLine_NamesItsLine(string markdown, int line)
    {
        var problem = MarkdownInputCheck.Check(markdown, Limits);

        Assert.Equal(MarkdownProblemKind.LineTooLong, problem?.Kind);
        Assert.Equal(line, problem?.Line);
    }

    [Fact]
    public void Check_TooLong_IsRefusedBeforeLookingAtLines()
    {
        var problem = MarkdownInputCheck.Check(new string('a', 101), Limits);

        Assert.Equal(MarkdownProblemKind.TooLong, problem?.Kind);
        Assert.Null(problem?.Line);
    }
}
