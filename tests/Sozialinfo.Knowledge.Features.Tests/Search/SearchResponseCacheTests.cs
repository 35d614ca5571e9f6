using Sozialinfo.Knowledge.Features.Search;

namespace Sozialinfo.Knowledge.Features.Tests.Search;

public sealed class SearchResponseCacheTests
{
    private static readonly SearchResponse Answer = new(1, [], new Dictionary<string, IReadOnlyList<SearchFacetValue>>(), null, false);

    [Fact]
    public void TryGet_SameVersionAndKey_ReturnsTheKeptAnswer()
    {
        var cache = new SearchResponseCache();
        cache.Add(5, "k", Answer);

        Assert.True(cache.TryGet(5, "k", out var found));
        Assert.Same(Answer, found);
        Assert.False(cache.TryGet(5, "other", out _));
    }

    [Fact]
    public void TryGet_AfterANewVersion_ForgetsEveryOlderAnswer()
    {
        var cache = new SearchResponseCache();
        cache.Add(5, "k", Answer);
        cache.Add(6, "j", Answer);

        Assert.False(cache.TryGet(5, "k", out _));
        Assert.False(cache.TryGet(6, "k", out _));
        Assert.True(cache.TryGet(6, "j", out _));
    }

    [Fact]
    public void Add_OlderVersionThanTheCurrent_IsNotKept()
    {
        var cache = new SearchResponseCache();
        cache.Add(6, "j", Answer);
        cache.Add(5, "k", Answer);

        Assert.False(cache.TryGet(5, "k", out _));
        Assert.True(cache.TryGet(6, "j", out _));
    }

    [Fact]
    public void Add_WhenFullOrKeyTooLong_KeepsNoMore()
    {
        var cache = new SearchResponseCache();
        for (var index = 0; index < SearchResponseCache.DefaultMaxEntries; index++)
        {
            cache.Add(1, $"k{index}", Answer);
        }

        cache.Add(1, "one more", Answer);
        cache.Add(2, new string('x', SearchResponseCache.DefaultMaxKeyLength + 1), Answer);

        Assert.True(cache.TryGet(1, "k0", out _));
        Assert.False(cache.TryGet(1, "one more", out _));
        Assert.False(cache.TryGet(2, new string('x', SearchResponseCache.DefaultMaxKeyLength + 1), out _));
    }

    [Fact]
    public void Key_FilterValuesInAnyOrder_AreTheSameRequest_OtherInputsAreNot()
    {
        var key = SearchResponseCache.Key("daten", "de-CH", 0, 10, ["article", "event"], ["thema:ndsg"]);

        Assert.Equal(key, SearchResponseCache.Key("daten", "de-CH", 0, 10, ["event", "article"], ["thema:ndsg"]));
        Assert.NotEqual(key, SearchResponseCache.Key("daten", "fr-CH", 0, 10, ["article", "event"], ["thema:ndsg"]));
        Assert.NotEqual(key, SearchResponseCache.Key("daten", "de-CH", 10, 10, ["article", "event"], ["thema:ndsg"]));
        Assert.NotEqual(key, SearchResponseCache.Key("daten", "de-CH", 0, 10, ["article"], ["event", "thema:ndsg"]));
        Assert.NotEqual(key, SearchResponseCache.Key("datenschutz", "de-CH", 0, 10, ["article", "event"], ["thema:ndsg"]));
    }
}
