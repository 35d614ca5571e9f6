using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Synonyms;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

/// <summary>The editors' synonyms at query time: both ways, multi-word terms as phrases, folded spellings, weighted below the typed word.</summary>
public sealed class LuceneSearchIndexSynonymTests : IDisposable
{
    private const string AbbreviatedKey = "00000000-0000-0000-0000-0000000000a1";
    private const string SpelledOutKey = "00000000-0000-0000-0000-0000000000a2";

    private static readonly Guid Abbreviated = Guid.Parse(AbbreviatedKey);
    private static readonly Guid SpelledOut = Guid.Parse(SpelledOutKey);
    private static readonly Guid Law = Guid.Parse("00000000-0000-0000-0000-0000000000a3");
    private static readonly Guid Technology = Guid.Parse("00000000-0000-0000-0000-0000000000a4");
    private static readonly Guid Counselling = Guid.Parse("00000000-0000-0000-0000-0000000000a5");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-0000000000a6");

    private static readonly SynonymTable Table = new(
    [
        ["KI", "künstliche Intelligenz"],
        ["DSG", "nDSG", "revDSG", "Datenschutzgesetz"],
        ["IKT", "Informations- und Kommunikationstechnik"],
        ["Onlineberatung", "Online-Beratung", "Beratung online"],
        ["E-Mail", "Mail", "Email"],
    ]);

    private readonly TempIndex _temp = new();

    private LuceneSearchIndex Index => _temp.Index;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("künstliche Intelligenz", AbbreviatedKey)]
    [InlineData("kunstliche intelligenz", AbbreviatedKey)]
    [InlineData("Künstlichen Intelligenz", AbbreviatedKey)]
    [InlineData("KI", SpelledOutKey)]
    [InlineData("ki", SpelledOutKey)]
    public async Task Search_TermOfAGroup_FindsTextsUsingOnlyAnotherTerm(string text, string expected)
    {
        await SeedAsync();

        var keys = Keys(text, Table);

        Assert.Contains(Guid.Parse(expected), keys);
        Assert.DoesNotContain(Other, keys);
    }

    [Theory]
    [InlineData("nDSG")]
    [InlineData("DSG")]
    [InlineData("revdsg")]
    public async Task Search_Abbreviation_FindsTheSpelledOutLaw(string text)
    {
        await SeedAsync();

        Assert.Contains(Law, Keys(text, Table));
    }

    [Fact]
    public async Task Search_SpelledOutWithStopWord_FindsAbbreviationAndBack()
    {
        await SeedAsync();

        Assert.Contains(Technology, Keys("IKT", Table));
        Assert.Contains(Technology, Keys("Informations- und Kommunikationstechnik", Table));
    }

    [Theory]
    [InlineData("Onlineberatung")]
    [InlineData("Online-Beratung")]
    [InlineData("Online Beratung")]
    public async Task Search_CompoundHyphenOrSpaced_FindsWordsInOtherOrder(string text)
    {
        await SeedAsync();

        Assert.Equal(Counselling, Keys(text, Table).FirstOrDefault());
    }

    [Fact]
    public async Task Search_WithoutTable_FindsOnlyTheTypedWords()
    {
        await SeedAsync();

        Assert.DoesNotContain(SpelledOut, Keys("KI", SynonymTable.Empty));
        Assert.DoesNotContain(Abbreviated, Keys("kunstliche intelligenz", SynonymTable.Empty));
        Assert.Empty(Keys("IKT", SynonymTable.Empty));
    }

    [Fact]
    public async Task Search_QuotedPhrase_IsNotExpanded()
    {
        await SeedAsync();

        Assert.DoesNotContain(SpelledOut, Keys("\"KI\"", Table));
    }

    [Theory]
    [InlineData("KI", AbbreviatedKey)]
    [InlineData("künstliche Intelligenz", SpelledOutKey)]
    public async Task Search_ExactAndSynonymOnlyOfEqualRelevance_ExactRanksFirst(string text, string expected)
    {
        // Two texts alike but for the term: each query must put the text in the reader's own words first.
        await Index.RebuildAsync(
            [
                TestContent.Article(Abbreviated, "Leitfaden Praxis", body: "Die KI im Alltag der Beratung."),
                TestContent.Article(SpelledOut, "Leitfaden Praxis", body: "Die künstliche Intelligenz im Alltag der Beratung."),
                TestContent.Article(Other, "Vereinsführung", body: "Vorstand und Budget."),
            ],
            Token);

        var hits = Index.Search(new SearchQuery { Text = text, Synonyms = Table }).Hits;

        Assert.Equal(2, hits.Count);
        Assert.Equal(Guid.Parse(expected), hits[0].Key);
        Assert.True(hits[0].Score > hits[1].Score, $"{hits[0].Score} should exceed {hits[1].Score}");
    }

    [Fact]
    public async Task Search_SynonymMatch_IsHighlightedInSnippet()
    {
        await SeedAsync();

        var hit = Index.Search(new SearchQuery { Text = "KI", Synonyms = Table }).Hits.Single(h => h.Key == SpelledOut);

        Assert.Contains("Intelligenz</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private List<Guid> Keys(string text, SynonymTable synonyms) =>
        [.. Index.Search(new SearchQuery { Text = text, Synonyms = synonyms, Take = 20 }).Hits.Select(h => h.Key)];

    private Task SeedAsync() => Index.RebuildAsync(
        [
            TestContent.Article(Abbreviated, "KI im Team einführen", body: "Wer KI nutzt, braucht Regeln."),
            TestContent.Article(SpelledOut, "Werkzeuge für Fachpersonen", body: "Die künstliche Intelligenz verändert die Sozialarbeit."),
            TestContent.Article(Law, "Das Gesetz im Überblick", body: "Das Datenschutzgesetz gilt seit 2023."),
            TestContent.Article(Technology, "Technik im Sozialdienst", body: "Die Informations- und Kommunikationstechnik ist Teil der Strategie."),
            TestContent.Article(Counselling, "Beratung", body: "Beratung online braucht sichere Plattformen."),
            TestContent.Article(Other, "Vereinsführung", body: "Vorstand, Budget und Mitgliederversammlung."),
        ],
        Token);
}
