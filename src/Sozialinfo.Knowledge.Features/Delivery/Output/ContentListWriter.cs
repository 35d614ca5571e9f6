using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Writes lists of items (a query page or the items endpoint's bare array). Default-shape items are copied from the
/// byte cache straight to the response; other shapes are mapped and serialised into one buffer. Items that are
/// hidden or lack an accepted culture are left out. Compressed default-shape lists are kept per snapshot
/// (<see cref="ListBodyCache"/>), tied to the snapshot's <see cref="SnapshotResponses"/> like the item bodies.
/// </summary>
internal sealed class ContentListWriter(ItemBodyCache cache, ApiContentMapper mapper)
{
    private readonly ConditionalWeakTable<SnapshotResponses, ListBodyCache> _lists = new();

    public IResult WritePage(
        HttpContext http, DeliveryRequestContext request, long total, IReadOnlyList<PublishedContent> items, OutputShape shape, string entityTag)
    {
        var snapshot = cache.For(request.Snapshot, request.Preview);
        if (ResponseValidators.Apply(http, request, snapshot, entityTag, null, request.Cultures.Primary) is { } notModified)
        {
            return notModified;
        }

        if (shape.IsDefault)
        {
            return JsonSegmentsResult.Page(total, CachedBodies(request, items), ListsOf(snapshot), entityTag);
        }

        var buffer = new ArrayBufferWriter<byte>(256 + (items.Count * 2048));
        using (var writer = new Utf8JsonWriter(buffer, DeliveryJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", total);
            writer.WritePropertyName("items");
            WriteArray(writer, request, items, shape);
            writer.WriteEndObject();
        }

        return new JsonBytesResult(buffer.WrittenMemory);
    }

    public IResult WriteArray(HttpContext http, DeliveryRequestContext request, IReadOnlyList<PublishedContent> items, OutputShape shape, string entityTag)
    {
        var snapshot = cache.For(request.Snapshot, request.Preview);
        if (ResponseValidators.Apply(http, request, snapshot, entityTag, null, culture: null) is { } notModified)
        {
            return notModified;
        }

        if (shape.IsDefault)
        {
            return JsonSegmentsResult.Array(CachedBodies(request, items), ListsOf(snapshot), entityTag);
        }

        var buffer = new ArrayBufferWriter<byte>(16 + (items.Count * 2048));
        using (var writer = new Utf8JsonWriter(buffer, DeliveryJson.WriterOptions))
        {
            WriteArray(writer, request, items, shape);
        }

        return new JsonBytesResult(buffer.WrittenMemory);
    }

    private ListBodyCache ListsOf(SnapshotResponses snapshot) => _lists.GetValue(snapshot, static _ => new ListBodyCache());

    private List<byte[]> CachedBodies(DeliveryRequestContext request, IReadOnlyList<PublishedContent> items)
    {
        var bodies = new List<byte[]>(items.Count);
        foreach (var item in items)
        {
            if (cache.Get(request, item) is { } cached)
            {
                bodies.Add(cached.Body.Bytes);
            }
        }

        return bodies;
    }

    private void WriteArray(Utf8JsonWriter writer, DeliveryRequestContext request, IReadOnlyList<PublishedContent> items, OutputShape shape)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            if (mapper.Map(request, item, shape) is { } response)
            {
                JsonSerializer.Serialize(writer, response, DeliveryJson.Context.ApiContentResponse);
            }
        }

        writer.WriteEndArray();
    }
}
