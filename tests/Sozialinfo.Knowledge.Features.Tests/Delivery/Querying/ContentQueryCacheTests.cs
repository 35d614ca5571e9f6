using Sozialinfo.Knowledge.Features.Delivery.Querying;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying;

public sealed class ContentQueryCacheTests
{
    private static readonly ContentQueryRequest Request = new("children:/dossiers/", ["contentType:article"], ["name:asc"], 0, 10, "de-CH", null);

    [Fact]
    public void Key_EveryInputThatShapesTheOutcome_MakesAnotherKey()
    {
        var key = ContentQueryCache.Key(preview: false, Request);

        Assert.Equal(key, ContentQueryCache.Key(preview: false, Request with { Filters = ["contentType:article"] }));
        string[] others =
        [
            ContentQueryCache.Key(preview: true, Request),
            ContentQueryCache.Key(preview: false, Request with { Culture = "fr-CH" }),
            ContentQueryCache.Key(preview: false, Request with { Fetch = "children:/angebote/" }),
            ContentQueryCache.Key(preview: false, Request with { Filters = ["contentType:dossier"] }),
            ContentQueryCache.Key(preview: false, Request with { Sorts = ["name:desc"] }),
            ContentQueryCache.Key(preview: false, Request with { Skip = 10 }),
            ContentQueryCache.Key(preview: false, Request with { Take = 11 }),
            ContentQueryCache.Key(preview: false, Request with { StartItem = QueryRunner.Snapshot.GetByKey(QueryTree.Home) }),
            // Tokens keep their order and boundaries: two filters are not one filter with a comma.
            ContentQueryCache.Key(preview: false, Request with { Filters = ["contentType:article", "tag:x"] }),
            ContentQueryCache.Key(preview: false, Request with { Filters = ["contentType:article,tag:x"] }),
        ];
        Assert.DoesNotContain(key, others);
        Assert.Equal(others.Length, others.Distinct().Count());
    }

    [Fact]
    public void TryGet_AfterANewSnapshotVersion_MissesTheOldOutcome()
    {
        var cache = new ContentQueryCache();
        var outcome = QueryRunner.Execute(filters: ["contentType:article"]);
        var key = ContentQueryCache.Key(preview: false, Request);
        cache.Add(1, key, outcome);

        Assert.True(cache.TryGet(1, key, out var kept));
        Assert.Same(outcome, kept);
        Assert.False(cache.TryGet(2, key, out _));
    }
}
