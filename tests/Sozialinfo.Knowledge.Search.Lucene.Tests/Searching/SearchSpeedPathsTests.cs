using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests.Searching;

/// <summary>
/// The query-time shortcuts (cached filters, facet ordinals kept per segment, proximity as rescoring, cheap
/// snippets) give the same answers as the plain way, also after changes to the index.
/// </summary>
public sealed class SearchSpeedPathsTests : IDisposable
{
    private readonly TempIndex _temp = new();

    private LuceneSearchIndex Index => _temp.Index;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_AfterUpdateAndDelete_CachedFilterAndFacetsFollowTheIndex()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        await Index.RebuildAsync(
            [
                TestContent.Article(first, "Datenschutz im Team", body: "Datenschutz betrifft alle.", tags: ["dc-dimension:datenschutz"]),
                TestContent.Article(second, "Datenschutz im Verein", body: "Auch im Verein gilt Datenschutz.", tags: ["dc-dimension:strategie"]),
            ],
            Token);
        var query = new SearchQuery { Text = "Datenschutz", Facets = SearchFacetNames.All };
        Assert.Equal(2, Index.Search(query).Total);

        await Index.IndexAsync([TestContent.Article(second, "Verein", body: "Kein Thema hier.", tags: ["dc-dimension:kooperation"])], Token);
        var updated = Index.Search(query);
        await Index.DeleteAsync([first], Token);
        var deleted = Index.Search(query);

        Assert.Equal(first, Assert.Single(updated.Hits).Key);
        Assert.Equal([new FacetCount("datenschutz", 1)], updated.Facets[SearchFacetNames.Dimension]);
        Assert.Equal(0, deleted.Total);
        Assert.Empty(deleted.Facets[SearchFacetNames.Dimension]);
    }

    [Fact]
    public async Task Search_OtherCulture_IsFilteredOutWithCachedFilter()
    {
        var key = Guid.NewGuid();
        var item = TestContent.Item(key, "article",
            TestContent.Culture("Datenschutz", "Datenschutz für Vereine"),
            TestContent.Culture("Protection des données", "Datenschutz en français", culture: "fr-CH"));
        await Index.RebuildAsync(TestContent.Indexable(item), Token);

        var german = Index.Search(new SearchQuery { Text = "Datenschutz", Culture = "de-CH" });
        var french = Index.Search(new SearchQuery { Text = "Datenschutz", Culture = "fr-CH" });

        Assert.Equal("de-CH", Assert.Single(german.Hits).Culture);
        Assert.Equal("fr-CH", Assert.Single(french.Hits).Culture);
    }

    [Fact]
    public async Task Search_TwoWords_WordsStandingTogetherRankFirst()
    {
        var apart = Guid.NewGuid();
        var together = Guid.NewGuid();
        var filler = string.Join(' ', Enumerable.Repeat("Alltag", 30));
        await Index.RebuildAsync(
            [
                TestContent.Article(apart, "Erster Beitrag", body: $"Sichere Kommunikation ist wichtig. {filler} Der Messenger bleibt."),
                TestContent.Article(together, "Zweiter Beitrag", body: $"Sichere Kommunikation per Messenger ist wichtig. {filler} Ende."),
            ],
            Token);

        var hits = Index.Search(new SearchQuery { Text = "Kommunikation Messenger" }).Hits;

        Assert.Equal([together, apart], hits.Select(h => h.Key));
    }

    [Fact]
    public async Task Search_Snippet_MarksCompoundsAndEncodesText()
    {
        await Index.RebuildAsync(
            [TestContent.Article(Guid.NewGuid(), "Recht", body: "Das Datenschutzgesetz &amp; die Praxis: &lt;Regeln&gt; zum Datenschutz.")],
            Token);

        var snippet = Assert.Single(Index.Search(new SearchQuery { Text = "Datenschutz" }).Hits).Snippet;

        Assert.Equal("Das <mark>Datenschutzgesetz</mark> &amp; die Praxis: &lt;Regeln&gt; zum <mark>Datenschutz</mark>.", snippet);
    }

    [Theory]
    [InlineData("Datenschutz")] // in every article: facets counted by bit sets
    [InlineData("Messenger Cloud")] // in a few: facets counted per document
    [InlineData("Datenschutz Messenger")]
    public async Task Search_PlainWords_AgreeWithLucenesOwnScorer(string text)
    {
        var dossiers = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var items = Enumerable.Range(0, 120).Select(index => TestContent.Article(
            Guid.NewGuid(),
            index % 40 == 0 ? "Messenger im Team" : $"Datenschutz Beitrag {index}",
            lead: index % 7 == 0 ? "Cloud und Datenschutz" : "Datenschutz im Alltag",
            body: string.Join(' ', Enumerable.Repeat("Datenschutz betrifft alle.", 1 + (index % 5))),
            tags: [$"dc-dimension:{(index % 3 == 0 ? "datenschutz" : "strategie")}", $"thema:t{index % 9}"],
            dossier: dossiers[index % 3])).ToList();
        await Index.RebuildAsync(items, Token);
        await Index.DeleteAsync([items[5].Content.Key, items[40].Content.Key], Token);
        var query = new SearchQuery { Text = text, Facets = SearchFacetNames.All, Take = 30, Highlight = false };

        var fast = Index.Search(query);
        // Excluding a key nobody has sends the same search through Lucene's own scorer and collectors.
        var lucene = Index.Search(query with { ExcludedKeys = [Guid.NewGuid()] });

        Assert.True(fast.Total > 0);
        Assert.Equal(lucene.Total, fast.Total);
        Assert.Equal(lucene.Hits.Select(h => h.Key), fast.Hits.Select(h => h.Key));
        // Lucene's filtered path sums clauses in another order (in-order scorer), so scores agree to float precision.
        Assert.All(lucene.Hits.Zip(fast.Hits), pair => Assert.Equal(pair.First.Score, pair.Second.Score, pair.First.Score * 1e-5f));
        Assert.Equal(lucene.Facets.Keys.Order(), fast.Facets.Keys.Order());
        foreach (var (facet, counts) in lucene.Facets)
        {
            Assert.Equal(counts, fast.Facets[facet]);
        }
    }

    [Fact]
    public async Task Search_WhileTheIndexChangesAndMerges_PooledCursorsKeepAnsweringCorrectly()
    {
        var stable = Enumerable.Range(0, 200).Select(index => TestContent.Article(
            Guid.NewGuid(), $"Datenschutz im Team {index}", body: "Datenschutz und Beratung im Alltag.", tags: ["dc-dimension:datenschutz"])).ToList();
        await Index.RebuildAsync(stable, Token);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var searches = 0;

        // Readers search while a writer keeps adding and deleting other articles: new segments, merges, and the
        // segments the pooled cursors were opened on go away.
        void Read()
        {
            while (!stop.IsCancellationRequested)
            {
                var results = Index.Search(new SearchQuery { Text = "Datenschutz Beratung", Facets = SearchFacetNames.All, Take = 5 });
                Assert.True(results.Total >= stable.Count, $"total {results.Total}");
                Assert.Equal(stable.Count, results.Facets[SearchFacetNames.Dimension].Single(f => f.Value == "datenschutz").Count);
                Interlocked.Increment(ref searches);
            }
        }

        async Task WriteAsync()
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var churn = Enumerable.Range(0, 20).Select(index => TestContent.Article(Guid.NewGuid(), $"Beratung {round}-{index}", body: "Beratung vor Ort.")).ToList();
                await Index.IndexAsync(churn, Token);
                await Index.DeleteAsync(churn.Take(15).Select(item => item.Content.Key), Token);
            }
        }

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(Read, Token)).ToList();
        var writer = Task.Run(WriteAsync, Token);

        await Task.WhenAll([.. readers, writer]);

        Assert.True(searches > 20, $"only {searches} searches ran");
    }

    public void Dispose() => _temp.Dispose();
}
