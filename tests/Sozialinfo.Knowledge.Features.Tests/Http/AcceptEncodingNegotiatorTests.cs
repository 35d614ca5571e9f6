using Microsoft.Extensions.Primitives;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Features.Tests.Http;

public sealed class AcceptEncodingNegotiatorTests
{
    [Theory]
    [InlineData("br, gzip", "Brotli")]
    [InlineData("gzip, deflate, br, zstd", "Brotli")]
    [InlineData("gzip", "Gzip")]
    [InlineData("x-gzip", "Gzip")]
    [InlineData("GZIP", "Gzip")]
    [InlineData("br;q=0, gzip", "Gzip")]
    [InlineData("gzip;q=1.0, br;q=0.5", "Gzip")]
    [InlineData("gzip;q=0.5, br;q=0.5", "Brotli")]
    [InlineData("br ; q=0.8 , gzip;q=0.2", "Brotli")]
    [InlineData("*", "Brotli")]
    [InlineData("*, br;q=0", "Gzip")]
    [InlineData("*;q=0, gzip", "Gzip")]
    [InlineData("identity", "Identity")]
    [InlineData("deflate", "Identity")]
    [InlineData("br;q=0, gzip;q=0", "Identity")]
    [InlineData("br;q=abc", "Identity")]
    [InlineData("", "Identity")]
    [InlineData(" , ,", "Identity")]
    public void Negotiate_AcceptEncoding_PicksTheBestCoding(string header, string expected) =>
        Assert.Equal(expected, AcceptEncodingNegotiator.Negotiate(new StringValues(header)).ToString());

    [Fact]
    public void Negotiate_NoHeader_Identity() =>
        Assert.Equal(ResponseEncoding.Identity, AcceptEncodingNegotiator.Negotiate(StringValues.Empty));

    [Fact]
    public void Negotiate_SeveralHeaderLines_ReadsThemAll() =>
        Assert.Equal(ResponseEncoding.Gzip, AcceptEncodingNegotiator.Negotiate(new StringValues(["br;q=0", "gzip"])));
}
