namespace Sozialinfo.Knowledge.Features.Http.Compression;

/// <summary>
/// A cached response body and its compressed forms. Each coding is compressed once, on the first request that asks
/// for it, and then kept as long as the body is (the body lives in a per-snapshot cache, so a publish drops all of it).
/// </summary>
internal sealed class EncodedBody
{
    private readonly Lock _sync = new();
    private readonly bool _fastest;
    private EncodedVariant? _brotli;
    private EncodedVariant? _gzip;

    /// <param name="identity">The uncompressed bytes.</param>
    /// <param name="entityTag">The unquoted ETag of the uncompressed bytes.</param>
    /// <param name="sentOnce">True for a body that is not cached: it is compressed at the fastest level.</param>
    public EncodedBody(byte[] identity, string entityTag, bool sentOnce = false)
    {
        Identity = EncodedVariant.Identity(identity, entityTag);
        EntityTag = entityTag;
        _fastest = sentOnce;
    }

    public EncodedVariant Identity { get; }

    public byte[] Bytes => Identity.Bytes;

    public string EntityTag { get; }

    public EncodedVariant Get(ResponseEncoding encoding) => encoding switch
    {
        ResponseEncoding.Brotli => Volatile.Read(ref _brotli) ?? Compress(ref _brotli, encoding),
        ResponseEncoding.Gzip => Volatile.Read(ref _gzip) ?? Compress(ref _gzip, encoding),
        _ => Identity,
    };

    // One compression per coding even when many requests for a new body arrive together.
    private EncodedVariant Compress(ref EncodedVariant? slot, ResponseEncoding encoding)
    {
        lock (_sync)
        {
            if (slot is { } existing)
            {
                return existing;
            }

            var variant = EncodedVariant.Compress(Identity.Bytes, EntityTag, encoding, _fastest);
            Volatile.Write(ref slot, variant);
            return variant;
        }
    }
}
