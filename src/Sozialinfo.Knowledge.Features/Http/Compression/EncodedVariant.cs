using System.IO.Compression;

namespace Sozialinfo.Knowledge.Features.Http.Compression;

/// <summary>
/// One representation of a cached body: its bytes, its Content-Encoding (null for identity) and its quoted strong
/// ETag. A compressed representation is a different byte sequence, so its tag carries the coding ("-br", "-gz").
/// </summary>
internal sealed class EncodedVariant
{
    private const int BrotliWindow = 22;

    private EncodedVariant(byte[] bytes, string? contentEncoding, string quotedEntityTag)
    {
        Bytes = bytes;
        ContentEncoding = contentEncoding;
        QuotedEntityTag = quotedEntityTag;
    }

    public byte[] Bytes { get; }

    public string? ContentEncoding { get; }

    public string QuotedEntityTag { get; }

    public static EncodedVariant Identity(byte[] bytes, string entityTag) => new(bytes, null, $"\"{entityTag}\"");

    /// <summary>
    /// Compresses once: Brotli quality 5 and gzip Optimal for bodies that are cached, the middleware's Fastest level for
    /// a body that is sent once.
    /// </summary>
    public static EncodedVariant Compress(ReadOnlySpan<byte> identity, string entityTag, ResponseEncoding encoding, bool fastest) =>
        encoding switch
        {
            ResponseEncoding.Brotli => new(Brotli(identity, fastest ? 1 : 5), "br", $"\"{entityTag}-br\""),
            ResponseEncoding.Gzip => new(Gzip(identity, fastest ? CompressionLevel.Fastest : CompressionLevel.Optimal), "gzip", $"\"{entityTag}-gz\""),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Identity is not compressed."),
        };

    private static byte[] Brotli(ReadOnlySpan<byte> identity, int quality)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(identity.Length)];
        if (!BrotliEncoder.TryCompress(identity, buffer, out var written, quality, BrotliWindow))
        {
            throw new InvalidOperationException("Brotli could not compress into its maximum compressed length.");
        }

        return buffer.AsSpan(0, written).ToArray();
    }

    private static byte[] Gzip(ReadOnlySpan<byte> identity, CompressionLevel level)
    {
        using var output = new MemoryStream((identity.Length / 3) + 64);
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(identity);
        }

        return output.ToArray();
    }
}
