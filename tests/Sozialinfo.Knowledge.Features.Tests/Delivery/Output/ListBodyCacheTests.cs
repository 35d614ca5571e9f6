using System.IO.Compression;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Output;

public sealed class ListBodyCacheTests
{
    private static readonly byte[] Body = "[{\"name\":\"Datenschutz\"},{\"name\":\"Datenschutz\"}]"u8.ToArray();

    [Fact]
    public void Get_SameTagAndCoding_CompressesOnce()
    {
        var cache = new ListBodyCache();
        var stitched = 0;

        var first = cache.Get("v1-query-a", ResponseEncoding.Brotli, () => Stitch(ref stitched));
        var second = cache.Get("v1-query-a", ResponseEncoding.Brotli, () => Stitch(ref stitched));
        var gzip = cache.Get("v1-query-a", ResponseEncoding.Gzip, () => Stitch(ref stitched));

        Assert.Same(first, second);
        Assert.Equal(2, stitched);
        Assert.Equal("\"v1-query-a-br\"", first.QuotedEntityTag);
        Assert.Equal("\"v1-query-a-gz\"", gzip.QuotedEntityTag);
        Assert.Equal(Body, Decode(first));
        Assert.Equal(2, cache.Count);
        Assert.Equal(first.Bytes.Length + gzip.Bytes.Length, cache.Bytes);
    }

    [Fact]
    public void Get_MoreListsThanTheBound_StopsGrowingButStillCompresses()
    {
        var cache = new ListBodyCache();
        var stitched = 0;
        for (var index = 0; index < ListBodyCache.MaxEntries; index++)
        {
            cache.Get($"v1-query-{index}", ResponseEncoding.Brotli, () => Stitch(ref stitched));
        }

        var extra = cache.Get("v1-query-extra", ResponseEncoding.Brotli, () => Stitch(ref stitched));
        var again = cache.Get("v1-query-extra", ResponseEncoding.Brotli, () => Stitch(ref stitched));

        Assert.Equal(ListBodyCache.MaxEntries, cache.Count);
        Assert.NotSame(extra, again);
        Assert.Equal(Body, Decode(again));
        Assert.Equal("br", again.ContentEncoding);
    }

    private static byte[] Stitch(ref int count)
    {
        count++;
        return Body;
    }

    private static byte[] Decode(EncodedVariant variant)
    {
        using var input = new MemoryStream(variant.Bytes);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        return output.ToArray();
    }
}
