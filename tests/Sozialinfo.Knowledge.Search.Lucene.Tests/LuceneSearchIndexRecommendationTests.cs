using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

public sealed class LuceneSearchIndexRecommendationTests : IDisposable
{
    private static readonly Guid BasicPrivacy = Guid.NewGuid();
    private static readonly Guid AdvancedPrivacy = Guid.NewGuid();
    private static readonly Guid AdvancedStrategy = Guid.NewGuid();
    private static readonly Guid UntaggedPrivacy = Guid.NewGuid();
    private static readonly Guid PrivacyWorkshop = Guid.NewGuid();

    private readonly TempIndex _temp = new();

    [Fact]
    public async Task Recommend_DimensionAndLevel_RanksBothTagsFirstThenDimensionThenText()
    {
        await SeedAsync();

        var results = _temp.Index.Recommend([new RecommendationNeed("datenschutz", 3, 1)], new SearchQuery { ContentTypes = ["article"] });

        Assert.Equal([AdvancedPrivacy, BasicPrivacy, UntaggedPrivacy], results.Hits.Select(h => h.Key));
    }

    [Fact]
    public async Task Recommend_WeightedNeeds_PutsHeavierNeedFirst()
    {
        await SeedAsync();

        var results = _temp.Index.Recommend(
            [new RecommendationNeed("datenschutz", 1, 0.2), new RecommendationNeed("strategie", 3, 2)],
            new SearchQuery { Take = 3 });

        Assert.Equal(AdvancedStrategy, results.Hits[0].Key);
        Assert.Empty(_temp.Index.Recommend([], new SearchQuery()).Hits);
    }

    [Fact]
    public async Task Related_SharedTags_ComeFirstAndItemItselfIsLeftOut()
    {
        await SeedAsync();

        var related = _temp.Index.Related(BasicPrivacy, new SearchQuery { Take = 10 });

        Assert.DoesNotContain(related.Hits, h => h.Key == BasicPrivacy);
        Assert.Contains(related.Hits[0].Key, new[] { AdvancedPrivacy, PrivacyWorkshop });
        Assert.True(related.Hits.ToList().FindIndex(h => h.Key == AdvancedStrategy) is -1 or > 1);
        Assert.Empty(_temp.Index.Related(Guid.NewGuid(), new SearchQuery()).Hits);
    }

    public void Dispose() => _temp.Dispose();

    private Task SeedAsync()
    {
        var workshop = TestContent.Item(PrivacyWorkshop, "event", TestContent.Culture("Workshop Datenschutz", "Datenschutz üben.", tags: ["dc-dimension:datenschutz", "dc-stufe:3"]));
        SearchIndexItem[] items =
        [
            TestContent.Article(BasicPrivacy, "Grundlagen des Datenschutzes", "Was jede Stelle wissen muss.", tags: ["dc-dimension:datenschutz", "dc-stufe:1", "thema:ndsg"]),
            TestContent.Article(AdvancedPrivacy, "Datenschutz-Management", "Prozesse für Fortgeschrittene.", tags: ["dc-dimension:datenschutz", "dc-stufe:3", "thema:ndsg"]),
            TestContent.Article(AdvancedStrategy, "Strategie überprüfen", "Für Fortgeschrittene.", tags: ["dc-dimension:strategie", "dc-stufe:3"]),
            TestContent.Article(UntaggedPrivacy, "Datenschutz im Alltag", "Kleine Schritte."),
            .. TestContent.Indexable(workshop),
        ];
        return _temp.Index.RebuildAsync(items, TestContext.Current.CancellationToken);
    }
}
