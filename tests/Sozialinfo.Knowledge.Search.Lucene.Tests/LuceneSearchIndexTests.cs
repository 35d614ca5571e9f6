using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

public sealed class LuceneSearchIndexTests : IDisposable
{
    private static readonly Guid Privacy = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Strategy = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Chat = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid DossierA = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    private readonly TempIndex _temp = new();

    private LuceneSearchIndex Index => _temp.Index;

    [Fact]
    public async Task Search_AfterRebuild_FindsByTitleWordAndReturnsRoute()
    {
        await SeedAsync();

        var results = Index.Search(new SearchQuery { Text = "Datenschutz" });

        Assert.Equal(Privacy, results.Hits[0].Key);
        Assert.Equal("Datenschutz in der Beratung", results.Hits[0].Title);
        Assert.StartsWith("/", results.Hits[0].Route, StringComparison.Ordinal);
        Assert.Equal("de-CH", results.Hits[0].Culture);
        Assert.Equal(IndexHealth.Healthy, Index.GetStatus().Health);
    }

    [Theory]
    [InlineData("Datenshutz")]
    [InlineData("Datenschuz")]
    [InlineData("Datnschutz")]
    public async Task Search_Typo_FindsWithFuzzyMatch(string typo)
    {
        await SeedAsync();

        var results = Index.Search(new SearchQuery { Text = typo });

        Assert.Equal(Privacy, results.Hits[0].Key);
    }

    [Fact]
    public async Task Search_Compound_FindsTextAboutItsParts()
    {
        await SeedAsync();

        var results = Index.Search(new SearchQuery { Text = "Datenschutzgesetz" });

        Assert.Equal(Privacy, results.Hits[0].Key);
    }

    [Fact]
    public async Task Search_QuotedPhrase_RequiresWordsInOrder()
    {
        await SeedAsync();

        var inOrder = Index.Search(new SearchQuery { Text = "\"sichere Kommunikation\"" });
        var reversed = Index.Search(new SearchQuery { Text = "\"Kommunikation sichere\"" });

        Assert.Equal([Chat], inOrder.Hits.Select(h => h.Key));
        Assert.Empty(reversed.Hits);
    }

    [Fact]
    public async Task Search_Facets_CountAllMatchesAndFilter()
    {
        await SeedAsync();

        var all = Index.Search(new SearchQuery { Text = "Sozialdienst", Facets = SearchFacetNames.All });
        var filtered = Index.Search(new SearchQuery { Text = "Sozialdienst", Dimensions = ["strategie"], Facets = SearchFacetNames.All });

        Assert.Equal(3, all.Total);
        Assert.Contains(new FacetCount("datenschutz", 2), all.Facets[SearchFacetNames.Dimension]);
        Assert.Contains(new FacetCount("strategie", 1), all.Facets[SearchFacetNames.Dimension]);
        Assert.Contains(new FacetCount("article", 3), all.Facets[SearchFacetNames.ContentType]);
        Assert.Contains(new FacetCount(DossierA.ToString("D"), 2), all.Facets[SearchFacetNames.Dossier]);
        Assert.Contains(new FacetCount("thema:ndsg", 2), all.Facets[SearchFacetNames.Tag]);
        Assert.Equal([Strategy], filtered.Hits.Select(h => h.Key));
        Assert.Equal(1, filtered.Total);
    }

    [Fact]
    public async Task Search_BlankTextWithFilter_ListsFilteredItems()
    {
        await SeedAsync();

        var results = Index.Search(new SearchQuery { Text = "", Dossiers = [DossierA.ToString("D")] });

        Assert.Equal(2, results.Total);
    }

    [Fact]
    public async Task Search_Highlight_IsHtmlEncodedWithMark()
    {
        var item = TestContent.Article(Guid.NewGuid(), "Sicherheit im Web", body: "Ein Angriff mit &lt;script&gt;alert(1)&lt;/script&gt; zeigt, warum Sicherheit zählt.");
        await Index.RebuildAsync([item], TestContext.Current.CancellationToken);

        var snippet = Index.Search(new SearchQuery { Text = "Angriff" }).Hits.Single().Snippet;

        Assert.NotNull(snippet);
        Assert.Contains("<mark>Angriff</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Cultures_AreSeparate()
    {
        var key = Guid.NewGuid();
        var item = TestContent.Item(key, "servicePage",
            TestContent.Culture("Digital-Check", "Selbsteinschätzung für Organisationen"),
            TestContent.Culture("Digital-Check", "Auto-évaluation pour les organisations", culture: "fr-CH"));
        await Index.RebuildAsync(TestContent.Indexable(item), TestContext.Current.CancellationToken);

        var german = Index.Search(new SearchQuery { Text = "Selbsteinschätzung" });
        var frenchForGermanWord = Index.Search(new SearchQuery { Text = "Selbsteinschätzung", Culture = "fr-CH" });
        var french = Index.Search(new SearchQuery { Text = "organisations", Culture = "fr-CH" });

        Assert.Equal("de-CH", Assert.Single(german.Hits).Culture);
        Assert.Empty(frenchForGermanWord.Hits);
        Assert.Equal("fr-CH", Assert.Single(french.Hits).Culture);
        Assert.Equal(2, Index.GetStatus().DocumentCount);
    }

    [Fact]
    public async Task IndexAndDelete_AreVisibleBeforeReturn()
    {
        await SeedAsync();
        var ct = TestContext.Current.CancellationToken;

        await Index.IndexAsync([TestContent.Article(Strategy, "Digitalstrategie und Fundraising", "Geld für Projekte finden.")], ct);
        var updated = Index.Search(new SearchQuery { Text = "Fundraising" });
        await Index.DeleteAsync([Strategy], ct);
        var deleted = Index.Search(new SearchQuery { Text = "Fundraising" });

        Assert.Equal(Strategy, Assert.Single(updated.Hits).Key);
        Assert.Empty(deleted.Hits);
        Assert.Equal(2, Index.GetStatus().DocumentCount);
    }

    [Fact]
    public async Task Rebuild_ReplacesEverything()
    {
        await SeedAsync();

        await Index.RebuildAsync([TestContent.Article(Guid.NewGuid(), "Neu", "Nur noch dieser Text bleibt im Index.")], TestContext.Current.CancellationToken);

        Assert.Empty(Index.Search(new SearchQuery { Text = "Datenschutz" }).Hits);
        Assert.Equal(1, Index.GetStatus().DocumentCount);
    }

    [Fact]
    public async Task Suggest_Prefix_ReturnsTitlesAndTags()
    {
        await SeedAsync();

        var suggestions = Index.Suggest("Daten", "de-CH");

        Assert.Contains(suggestions, s => s.Text == "Datenschutz in der Beratung" && s.Key == Privacy);
        Assert.DoesNotContain(suggestions, s => s.Text.Contains("Digitalstrategie", StringComparison.Ordinal));
        Assert.Empty(Index.Suggest("D", "de-CH"));
    }

    public void Dispose() => _temp.Dispose();

    internal static IReadOnlyList<SearchIndexItem> Seed() =>
        [
            TestContent.Article(Privacy, "Datenschutz in der Beratung", "Das Gesetz verlangt Sorgfalt im Sozialdienst.", "Besonders schützenswerte Personendaten brauchen Schutz.", ["dc-dimension:datenschutz", "thema:ndsg"], DossierA),
            TestContent.Article(Strategy, "Digitalstrategie entwickeln", "In zehn Schritten zur Strategie für den Sozialdienst.", "Ziele, Projekte und Mittel planen.", ["dc-dimension:strategie"]),
            TestContent.Article(Chat, "Messenger und Chat", "Welche Kanäle passen zum Sozialdienst?", "Sichere Kommunikation mit Klientinnen ist Pflicht, auch im Chat.", ["dc-dimension:datenschutz", "thema:ndsg"], DossierA),
        ];

    private Task SeedAsync() => Index.RebuildAsync(Seed(), TestContext.Current.CancellationToken);
}
