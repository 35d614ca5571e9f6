using Sozialinfo.Knowledge.Markdown.Extensions.HeadingIds;

namespace Sozialinfo.Knowledge.Markdown.Tests.Extensions.HeadingIds;

public sealed class HeadingIdTransliteratorTests
{
    [Theory]
    [InlineData("datenschutz-folgenabschätzung", "datenschutz-folgenabschaetzung")]
    [InlineData("öffnung-über-straße", "oeffnung-ueber-strasse")]
    [InlineData("a\u0308rger", "aerger")]
    [InlineData("noël-naïve-déjà-ça", "noel-naive-deja-ca")]
    [InlineData("città-perché", "citta-perche")]
    [InlineData("plain-ascii-1", "plain-ascii-1")]
    [InlineData("αβγ", "αβγ")]
    public void Transliterate_Id_GivesReadableAscii(string id, string expected)
    {
        Assert.Equal(expected, HeadingIdTransliterator.Transliterate(id));
    }

    [Fact]
    public void Transliterate_AsciiId_ReturnsSameInstance()
    {
        var id = "schon-ascii";

        Assert.Same(id, HeadingIdTransliterator.Transliterate(id));
    }
}
