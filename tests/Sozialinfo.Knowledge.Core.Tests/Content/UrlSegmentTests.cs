using Sozialinfo.Knowledge.Core.Content;

namespace Sozialinfo.Knowledge.Core.Tests.Content;

public sealed class UrlSegmentTests
{
    [Theory]
    [InlineData("Datenschutz in der Beratung", "datenschutz-in-der-beratung")]
    [InlineData("Über Grösse und Maß", "ueber-groesse-und-mass")]
    [InlineData("Café à la française", "cafe-a-la-francaise")]
    [InlineData("KI: Chancen – Risiken!", "ki-chancen-risiken")]
    [InlineData("  Digital-Check  ", "digital-check")]
    [InlineData("revDSG 2023", "revdsg-2023")]
    [InlineData("«Öffentlichkeit»", "oeffentlichkeit")]
    public void FromName_GermanAndFrenchNames_TransliteratesAndCollapsesSeparators(string name, string expected) =>
        Assert.Equal(expected, UrlSegment.FromName(name));

    [Fact]
    public void FromName_OnlyPunctuation_GivesEmptySegment() => Assert.Equal(string.Empty, UrlSegment.FromName("–!?"));

    [Theory]
    [InlineData("datenschutz", true)]
    [InlineData("ki-in-der-sozialen-arbeit", true)]
    [InlineData("2027", true)]
    [InlineData("", false)]
    [InlineData("-start", false)]
    [InlineData("ende-", false)]
    [InlineData("Gross", false)]
    [InlineData("mit leerzeichen", false)]
    [InlineData("ümlaut", false)]
    [InlineData("a/b", false)]
    public void IsValid_Segment_AcceptsLowerCaseLettersDigitsAndInnerHyphens(string segment, bool expected) =>
        Assert.Equal(expected, UrlSegment.IsValid(segment));

    [Fact]
    public void IsValid_LongerThan200Characters_False()
    {
        Assert.True(UrlSegment.IsValid(new string('a', 200)));
        Assert.False(UrlSegment.IsValid(new string('a', 201)));
    }
}
