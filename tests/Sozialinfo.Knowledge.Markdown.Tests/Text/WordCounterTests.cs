using Sozialinfo.Knowledge.Markdown.Text;

namespace Sozialinfo.Knowledge.Markdown.Tests.Text;

public sealed class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("eins", 1)]
    [InlineData("  eins   zwei\tdrei\n", 3)]
    [InlineData("– — … !", 0)]
    [InlineData("1'200.– Franken", 2)]
    [InlineData("E-Mail-Adresse", 1)]
    public void Add_Text_CountsWordsWithALetterOrDigit(string text, int expected)
    {
        var counter = new WordCounter();

        counter.Add(text);

        Assert.Equal(expected, counter.Count);
    }

    [Fact]
    public void Add_WordSplitOverPieces_CountsOnce()
    {
        var counter = new WordCounter();

        counter.Add("Zit");
        counter.Add("at");

        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public void Break_BetweenPieces_StartsANewWord()
    {
        var counter = new WordCounter();

        counter.Add("Ende");
        counter.Break();
        counter.Add("Anfang");

        Assert.Equal(2, counter.Count);
    }
}
