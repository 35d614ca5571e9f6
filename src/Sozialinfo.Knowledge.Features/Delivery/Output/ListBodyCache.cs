using System.Collections.Concurrent;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Compressed list responses (query pages, the items array) of one snapshot, keyed by the list's ETag and coding.
/// The uncompressed list is stitched from cached item bodies on every request, so only the compressed bytes are kept.
/// Bounded by entries and bytes; once full, further lists are compressed per request at the fastest level. Lives in
/// a ConditionalWeakTable next to its snapshot's <see cref="SnapshotResponses"/> and goes with it.
/// </summary>
internal sealed class ListBodyCache
{
    public const int MaxEntries = 1024;
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly ConcurrentDictionary<(string EntityTag, ResponseEncoding Encoding), Lazy<EncodedVariant>> _lists = new();
    private long _bytes;

    public int Count => _lists.Count;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The compressed list for this tag and coding; <paramref name="stitch"/> builds the uncompressed bytes.</summary>
    public EncodedVariant Get(string entityTag, ResponseEncoding encoding, Func<byte[]> stitch)
    {
        var key = (entityTag, encoding);
        if (_lists.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        if (_lists.Count >= MaxEntries || Bytes >= MaxBytes)
        {
            return EncodedVariant.Compress(stitch(), entityTag, encoding, fastest: true);
        }

        var added = _lists.GetOrAdd(key, _ => new Lazy<EncodedVariant>(
            () =>
            {
                var variant = EncodedVariant.Compress(stitch(), entityTag, encoding, fastest: false);
                Interlocked.Add(ref _bytes, variant.Bytes.Length);
                return variant;
            },
            LazyThreadSafetyMode.ExecutionAndPublication));
        return added.Value;
    }
}
