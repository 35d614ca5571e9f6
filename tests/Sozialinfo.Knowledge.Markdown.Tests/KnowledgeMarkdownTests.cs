namespace Sozialinfo.Knowledge.Markdown.Tests;

public sealed class KnowledgeMarkdownTests
{
    private const string Article = """
        # Datenschutz in der Beratung

        Einleitung mit „Zitat“ und einer Fussnote[^1].

        ## Rechtliche Grundlagen

        ### Das revidierte *DSG*

        #### Datenschutz-Folgenabschätzung

        ##### Zu tief für das Inhaltsverzeichnis

        ## Rechtliche Grundlagen

        [^1]: Quelle: EDÖB.
        """;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t \r\n")]
    public void Render_EmptyOrWhitespace_ReturnsEmptyDocument(string markdown)
    {
        var document = KnowledgeMarkdown.Render(markdown);

        Assert.Equal(string.Empty, document.Html);
        Assert.Empty(document.Headings);
        Assert.Equal(0, document.WordCount);
        Assert.Equal(0, document.ReadingMinutes);
    }

    [Fact]
    public void Render_Article_ListsHeadingsOfLevelsTwoToFourInOrder()
    {
        var headings = KnowledgeMarkdown.Render(Article).Headings;

        Assert.Equal(
            [
                new MarkdownHeading(2, "rechtliche-grundlagen", "Rechtliche Grundlagen"),
                new MarkdownHeading(3, "das-revidierte-dsg", "Das revidierte DSG"),
                new MarkdownHeading(4, "datenschutz-folgenabschaetzung", "Datenschutz-Folgenabschätzung"),
                new MarkdownHeading(2, "rechtliche-grundlagen-1", "Rechtliche Grundlagen"),
            ],
            headings);
    }

    [Fact]
    public void Render_Article_EveryTableOfContentsIdIsAnAnchorInTheHtml()
    {
        var document = KnowledgeMarkdown.Render(Article);

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(document.Html);
        Assert.All(document.Headings, h => Assert.Equal($"H{h.Level}", html.GetElementById(h.Id)?.TagName));
    }

    [Fact]
    public void Render_Footnote_LinksReferenceAndNoteBothWays()
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(KnowledgeMarkdown.Render(Article).Html);

        var reference = Assert.Single(html.QuerySelectorAll("a.footnote-ref"));
        var note = html.QuerySelector(reference.GetAttribute("href")!.Replace(":", "\\:", StringComparison.Ordinal));
        Assert.NotNull(note);
        Assert.Contains("Quelle: EDÖB.", note.TextContent, StringComparison.Ordinal);
        Assert.Equal("#" + reference.Id, note.QuerySelector("a.footnote-back-ref")?.GetAttribute("href"));
    }

    [Fact]
    public void Render_PipeTable_KeepsAlignmentAndCells()
    {
        var html = KnowledgeMarkdown.Render("| A | B |\n|:--|--:|\n| 1 | 2 |").Html;

        var table = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("table");
        Assert.NotNull(table);
        Assert.Equal(["A", "B", "1", "2"], table.QuerySelectorAll("th, td").Select(c => c.TextContent));
        Assert.Equal("text-align: right;", table.QuerySelector("td:last-child")?.GetAttribute("style"));
    }

    [Theory]
    [InlineData("Sie sagte: „Das ist ‚wichtig‘.“")]
    [InlineData("« Bonjour » et \"gerade\" -- ... 'einfach'")]
    public void Render_Quotes_ComeOutAsWritten(string text)
    {
        var html = KnowledgeMarkdown.Render(text).Html;

        var paragraph = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("p");
        Assert.Equal(text, paragraph?.TextContent);
    }

    [Theory]
    [InlineData("Ein *fett*es Wort", 3)]
    [InlineData("Zitat – Ende", 2)]
    [InlineData("Text mit [Link](https://example.org/viele/teile) und ![Bild mit Alt](https://example.org/b.png)", 4)]
    [InlineData("Zwei\nZeilen", 2)]
    [InlineData("Das DSG\n\n*[DSG]: Datenschutzgesetz", 2)]
    [InlineData("```\nvar a = 1;\n```", 3)]
    [InlineData("- eins\n- zwei\n\n| a | b |\n|---|---|\n| c | d |", 6)]
    [InlineData("Satz[^1]\n\n[^1]: Fussnote hier.", 3)]
    public void Render_Text_CountsVisibleWords(string markdown, int expected)
    {
        Assert.Equal(expected, KnowledgeMarkdown.Render(markdown).WordCount);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(199, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(400, 2)]
    [InlineData(401, 3)]
    [InlineData(1000, 5)]
    public void Render_Words_ReadingMinutesAt200WordsPerMinuteRoundedUp(int words, int minutes)
    {
        var markdown = string.Join(' ', Enumerable.Repeat("Wort", words));

        var document = KnowledgeMarkdown.Render(markdown);

        Assert.Equal(words, document.WordCount);
        Assert.Equal(minutes, document.ReadingMinutes);
    }

    [Fact]
    public void Render_OnlyPunctuation_HasNoWordsAndZeroMinutes()
    {
        var document = KnowledgeMarkdown.Render("---\n\n– …");

        Assert.Equal(0, document.WordCount);
        Assert.Equal(0, document.ReadingMinutes);
        Assert.NotEmpty(document.Html);
    }

    [Fact]
    public void Render_ManyThreadsAtOnce_GiveTheSameResult()
    {
        var expected = KnowledgeMarkdown.Render(Article);
        var results = new MarkdownDocument[200];

        Parallel.For(0, results.Length, i => results[i] = KnowledgeMarkdown.Render(Article));

        Assert.All(results, r =>
        {
            Assert.Equal(expected.Html, r.Html);
            Assert.Equal(expected.Headings, r.Headings);
            Assert.Equal(expected.WordCount, r.WordCount);
        });
    }
}
