using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Core.Tests.Content.Published;

public sealed class PublishedContentCacheTests
{
    [Fact]
    public void IsReady_BeforeFirstReplace_False()
    {
        var cache = new PublishedContentCache();

        Assert.False(cache.IsReady);
        Assert.Same(ContentSnapshot.Empty, cache.Published);
    }

    [Fact]
    public void Replace_Snapshots_SwapsBothAndBecomesReady()
    {
        var cache = new PublishedContentCache();
        var published = new ContentSnapshot(5, [], []);
        var preview = new ContentSnapshot(5, [], []);

        cache.Replace(published, preview);

        Assert.True(cache.IsReady);
        Assert.Same(published, cache.Get(preview: false));
        Assert.Same(preview, cache.Get(preview: true));
    }
}
