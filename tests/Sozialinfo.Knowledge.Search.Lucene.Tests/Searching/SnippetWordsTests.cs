using Sozialinfo.Knowledge.Search.Lucene.Searching;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests.Searching;

/// <summary>The cheap word matcher behind snippets compares words as the index analyzer does.</summary>
public sealed class SnippetWordsTests
{
    [Theory]
    [InlineData("beratung", "Die Beratungen laufen.", "Beratungen")]
    [InlineData("ubersicht", "Eine Übersicht folgt.", "Übersicht")]
    [InlineData("ubersicht", "Eine Uebersicht folgt.", "Uebersicht")]
    [InlineData("strass", "Die Straße ist lang.", "Straße")]
    [InlineData("datenschutz", "Das Datenschutzgesetz gilt.", "Datenschutzgesetz")]
    public void Matches_WordsAsIndexed(string term, string text, string expected)
    {
        var matches = new SnippetWords([term]).Matches(text, 1000);

        var match = Assert.Single(matches);
        Assert.Equal(expected, text[match.Start..match.End]);
    }

    [Fact]
    public void Matches_ShortTermsOnlyAsWholeWords()
    {
        var words = new SnippetWords(["ki"]);

        Assert.Empty(words.Matches("Die Kirche und die Risiken.", 1000));
        Assert.Single(words.Matches("KI im Alltag.", 1000));
    }

    [Fact]
    public void Matches_StopsAtTheCharacterLimit()
    {
        var words = new SnippetWords(["daten"]);

        Assert.Single(words.Matches("Daten und noch einmal Daten", 10));
    }
}
