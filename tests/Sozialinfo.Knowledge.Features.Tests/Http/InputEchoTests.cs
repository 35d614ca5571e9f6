using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Tests.Http;

public sealed class InputEchoTests
{
    [Theory]
    [InlineData("de-CH")]
    [InlineData("Datenschutz über «alles»")]
    [InlineData("💥 und 日本語")]
    public void Quote_ShortPrintableText_IsUnchanged(string value)
    {
        Assert.Equal(value, InputEcho.Quote(value));
    }

    [Fact]
    public void Quote_NullOrEmpty_IsEmpty()
    {
        Assert.Equal(string.Empty, InputEcho.Quote(null));
        Assert.Equal(string.Empty, InputEcho.Quote(string.Empty));
    }

    [Fact]
    public void Quote_LongText_IsCutToTheMaximumWithAnEllipsis()
    {
        var quoted = InputEcho.Quote(new string('a', 10_000));

        Assert.Equal(new string('a', InputEcho.MaxLength) + "…", quoted);
    }

    [Fact]
    public void Quote_TextOfExactlyTheMaximum_IsNotCut()
    {
        var value = new string('a', InputEcho.MaxLength);

        Assert.Equal(value, InputEcho.Quote(value));
    }

    [Theory]
    [InlineData("de-CH\0", "de-CH\uFFFD")]
    [InlineData("a\r\nb", "a\uFFFD\uFFFDb")]
    [InlineData("\u001b[31mrot", "\uFFFD[31mrot")]
    [InlineData("abc\u202Egpj.exe", "abc\uFFFDgpj.exe")]
    [InlineData("a\u200Bb", "a\uFFFDb")]
    [InlineData("a\u2028b", "a\uFFFDb")]
    [InlineData("a\u0085b", "a\uFFFDb")]
    public void Quote_ControlAndInvisibleCharacters_ShowAsReplacementCharacters(string value, string expected)
    {
        Assert.Equal(expected, InputEcho.Quote(value));
    }

    [Fact]
    public void Quote_LoneSurrogate_ShowsAsReplacementCharacter()
    {
        Assert.Equal("a\uFFFDb\uFFFD", InputEcho.Quote("a\uD800b\uDC00"));
    }

    [Fact]
    public void Quote_SurrogatePairAtTheCut_IsNotSplit()
    {
        var value = new string('a', InputEcho.MaxLength - 1) + "💥💥";

        var quoted = InputEcho.Quote(value);

        Assert.Equal(new string('a', InputEcho.MaxLength - 1) + "…", quoted);
    }
}
