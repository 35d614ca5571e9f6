using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

/// <summary>A word no text contains is searched as its closest indexed word, named as "Meinten Sie …?", at a bounded cost.</summary>
public sealed class LuceneSearchIndexTypoTests : IDisposable
{
    private static readonly Guid Privacy = Guid.NewGuid();
    private static readonly Guid Treasure = Guid.NewGuid();
    private static readonly Guid Counselling = Guid.NewGuid();
    private static readonly Guid Data = Guid.NewGuid();

    private readonly TempIndex _temp = new();

    [Fact]
    public async Task Search_Typo_FindsWhatTheClosestWordFindsAndNamesIt()
    {
        await SeedAsync();

        var typo = _temp.Index.Search(Query("Datenschuz"));
        var exact = _temp.Index.Search(Query("Datenschutz"));

        Assert.Equal("Datenschutz", typo.Suggestion);
        Assert.Equal(exact.Total, typo.Total);
        Assert.Equal(exact.Hits.Select(h => h.Key), typo.Hits.Select(h => h.Key));
        Assert.All(typo.Hits.Zip(exact.Hits), pair => Assert.True(pair.First.Score < pair.Second.Score));
        Assert.Null(exact.Suggestion);
    }

    [Fact]
    public async Task Search_Typo_FindsNeitherTheWordsCompoundPartsNorWordsFurtherAway()
    {
        await SeedAsync();

        // "daten" (a part of "datenschuz") and "Datenschatz" (two edits away) are both in the index.
        var hits = _temp.Index.Search(Query("Datenschuz")).Hits.Select(h => h.Key).ToList();

        Assert.Contains(Privacy, hits);
        Assert.DoesNotContain(Treasure, hits);
        Assert.DoesNotContain(Data, hits);
    }

    [Fact]
    public async Task Search_KnownWord_IsNeverExpanded()
    {
        await SeedAsync();

        var results = _temp.Index.Search(Query("Datenschatz"));

        Assert.Equal([Treasure], results.Hits.Select(h => h.Key));
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public async Task Search_TypoNextToKnownWord_RanksTheExactTextFirst()
    {
        await SeedAsync();

        var results = _temp.Index.Search(Query("Beratng Datenschutz"));

        Assert.Equal("Beratung Datenschutz", results.Suggestion);
        Assert.Equal(Privacy, results.Hits[0].Key);
        Assert.Contains(Counselling, results.Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task Search_ManyTypos_CorrectsOnlyTheFirstThree()
    {
        await SeedAsync();

        var results = _temp.Index.Search(Query("Datenschuz Beratng Sozialdinst Messengr"));

        Assert.Equal("Datenschutz Beratung Sozialdienst Messengr", results.Suggestion);
        Assert.False(results.TimedOut);
    }

    [Fact]
    public async Task Search_LongWord_PrefersOneEditOverTwoEvenWhenRarer()
    {
        await _temp.Index.RebuildAsync(
            [
                TestContent.Article(Guid.NewGuid(), "Eine Schulung für das Team"),
                .. Enumerable.Range(0, 3).Select(i => TestContent.Article(Guid.NewGuid(), $"Schulungen im Jahr {2024 + i}")),
            ],
            TestContext.Current.CancellationToken);

        // "schulungx" is one edit from "schulung" (1 text) and two from "schulungen" (3 texts).
        Assert.Equal("Schulung", _temp.Index.Search(Query("Schulungx")).Suggestion);
    }

    [Fact]
    public async Task Search_NewIndexVersion_SeesNewWords()
    {
        await SeedAsync();
        Assert.Null(_temp.Index.Search(Query("Xylophonn")).Suggestion);

        await _temp.Index.IndexAsync([TestContent.Article(Guid.NewGuid(), "Das Xylophon im Musikunterricht")], TestContext.Current.CancellationToken);

        Assert.Equal("Xylophon", _temp.Index.Search(Query("Xylophonn")).Suggestion);
    }

    [Fact]
    public async Task Search_StopWord_IsNoTypo()
    {
        await _temp.Index.RebuildAsync([TestContent.Article(Guid.NewGuid(), "Hilfe für kleinen Betrieb", "Auch ein kleinen Team braucht Regeln.")], TestContext.Current.CancellationToken);

        // "keinen" is a stop word one edit from "kleinen": the search drops it, it is not mistyped.
        var results = _temp.Index.Search(Query("keinen Betrieb"));

        Assert.Null(results.Suggestion);
    }

    [Fact]
    public async Task Search_StopWordClose_IsNoCorrection()
    {
        await _temp.Index.RebuildAsync([TestContent.Article(Guid.NewGuid(), "Einfach, aber gut", "Wenig Aufwand, aber Wirkung.")], TestContext.Current.CancellationToken);

        // "aber" is one edit from "aler", but a stop word finds nothing: no "Meinten Sie «aber»?".
        Assert.Null(_temp.Index.Search(Query("aler")).Suggestion);
    }

    [Fact]
    public async Task Search_NoTimeLeft_AnswersAsTimedOut()
    {
        await SeedAsync();

        var results = _temp.Index.Search(Query("Datenschuz Beratung") with { TimeBudget = TimeSpan.Zero });

        Assert.True(results.TimedOut);
        Assert.Null(results.Suggestion);
    }

    [Fact]
    public async Task Search_WorstQuery_StaysWithinTheTimeBudget()
    {
        await SeedAsync();
        var random = new Random(20261204);
        var words = Enumerable.Range(0, 40).Select(_ => new string([.. Enumerable.Range(0, 9).Select(_ => (char)('a' + random.Next(26)))]));
        var worst = string.Join(' ', words)[..SearchQuery.MaxTextLength];

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var results = _temp.Index.Search(Query(worst));
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        Assert.False(results.TimedOut);
        Assert.True(elapsed < SearchQuery.DefaultTimeBudget, $"{elapsed.TotalMilliseconds} ms");
    }

    public void Dispose() => _temp.Dispose();

    private static SearchQuery Query(string text) => new() { Text = text, Culture = "de-CH", Facets = SearchFacetNames.All };

    private Task SeedAsync() => _temp.Index.RebuildAsync(
        [
            TestContent.Article(Privacy, "Datenschutz in der Beratung", "Das Gesetz verlangt Sorgfalt im Sozialdienst.", "Personendaten brauchen Schutz."),
            TestContent.Article(Treasure, "Ein Datenschatz im Archiv", "Alte Akten erzählen viel.", "Gesetze zur Aufbewahrung gelten auch hier."),
            TestContent.Article(Counselling, "Beratung am Telefon", "Gute Gespräche brauchen Zeit.", "Auch per Messenger erreichbar."),
            TestContent.Article(Data, "Daten und Statistik", "Zahlen im Sozialdienst.", "Auswertungen für die Leitung."),
        ],
        TestContext.Current.CancellationToken);
}
