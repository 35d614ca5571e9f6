using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Requests;

public sealed class AcceptLanguageParserTests
{
    [Theory]
    [InlineData(null, "de-CH")]
    [InlineData("", "de-CH")]
    [InlineData("de-CH", "de-CH")]
    [InlineData("FR-ch", "fr-CH")]
    [InlineData("it-CH", "it-CH")]
    [InlineData("fr-CH,fr;q=0.9,de;q=0.8", "fr-CH+de-CH")]
    [InlineData("de;q=0.8,fr-CH", "fr-CH+de-CH")]
    [InlineData("it, fr;q=0.7, de;q=0.9", "it-CH+de-CH+fr-CH")]
    [InlineData("fr-FR", "fr-CH")]
    [InlineData("en-US,en;q=0.9", "de-CH")]
    [InlineData("xx", "de-CH")]
    [InlineData("*", "de-CH")]
    [InlineData("fr-CH;q=0, it-CH", "it-CH")]
    [InlineData("fr-CH;q=2", "de-CH")]
    [InlineData("fr-CH;q=abc,it-CH;q=0.1", "it-CH")]
    [InlineData(",,;;q=", "de-CH")]
    [InlineData("de-CH,de-CH,de", "de-CH")]
    public void Parse_Header_ReturnsSupportedCulturesBestFirst(string? header, string expected)
    {
        var preference = AcceptLanguageParser.Parse(header);

        Assert.Equal(expected, preference.Key);
    }

    [Fact]
    public void Parse_OverlongHeader_FallsBackToDefault()
    {
        var header = string.Join(',', Enumerable.Repeat("fr-CH", 200));

        var preference = AcceptLanguageParser.Parse(header);

        Assert.Same(CulturePreference.Default, preference);
    }

    [Fact]
    public void Parse_SameListTwice_ReturnsTheSameCanonicalInstance()
    {
        var first = AcceptLanguageParser.Parse("fr-CH,de;q=0.5");
        var second = AcceptLanguageParser.Parse("fr, de-CH;q=0.1");

        Assert.Same(first, second);
    }
}
