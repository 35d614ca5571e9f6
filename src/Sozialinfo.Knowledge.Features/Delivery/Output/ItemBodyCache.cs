using System.Runtime.CompilerServices;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Caches the UTF-8 JSON of the default item shape per (snapshot, key, culture preference); the snapshot identity
/// covers its version and preview. A ConditionalWeakTable ties each cache to its snapshot, so replaced snapshots and
/// their bytes are collected together.
/// </summary>
internal sealed class ItemBodyCache(ApiContentMapper mapper, TimeProvider clock)
{
    private readonly ConditionalWeakTable<ContentSnapshot, SnapshotResponses> _bySnapshot = new();
    private SnapshotResponses? _latestPublished;
    private SnapshotResponses? _latestPreview;

    public SnapshotResponses For(ContentSnapshot snapshot, bool preview)
    {
        var latest = preview ? Volatile.Read(ref _latestPreview) : Volatile.Read(ref _latestPublished);
        if (latest is not null && ReferenceEquals(latest.Snapshot, snapshot))
        {
            return latest;
        }

        var responses = _bySnapshot.GetValue(snapshot, s => new SnapshotResponses(s, clock.GetUtcNow()));
        if (preview)
        {
            Volatile.Write(ref _latestPreview, responses);
        }
        else
        {
            Volatile.Write(ref _latestPublished, responses);
        }

        return responses;
    }

    /// <summary>The cached default shape, or null when the item is hidden or has none of the accepted cultures.</summary>
    public CachedItem? Get(DeliveryRequestContext request, PublishedContent item)
    {
        var responses = For(request.Snapshot, request.Preview);
        if (responses.TryGet(item.Key, request.Cultures, out var cached))
        {
            return cached;
        }

        if (mapper.Map(request, item, OutputShape.Default) is not { } response)
        {
            return null;
        }

        var body = DeliveryJson.Serialize(response);
        var tag = EntityTags.Item(request, item.Key, OutputShape.Default);
        var culture = request.Cultures.Pick(item.Cultures)!;
        return responses.Add(item.Key, request.Cultures, new CachedItem(body, tag, culture));
    }
}
