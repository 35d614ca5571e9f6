using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Writes a JSON array (optionally inside a prefix/suffix such as <c>{"total":n,"items":[ ... ]}</c>) straight from
/// cached item bodies to the response, without building the whole body in memory. A client that accepts Brotli or
/// gzip gets the whole list compressed once per (ETag, coding) from the snapshot's <see cref="ListBodyCache"/>.
/// </summary>
internal sealed class JsonSegmentsResult(byte[] prefix, IReadOnlyList<byte[]> items, byte[] suffix, ListBodyCache lists, string entityTag) : IResult
{
    private const int FlushThreshold = 64 * 1024;
    private static readonly byte[] Comma = ","u8.ToArray();

    public static JsonSegmentsResult Array(IReadOnlyList<byte[]> items, ListBodyCache lists, string entityTag) =>
        new("["u8.ToArray(), items, "]"u8.ToArray(), lists, entityTag);

    public static JsonSegmentsResult Page(long total, IReadOnlyList<byte[]> items, ListBodyCache lists, string entityTag) =>
        new(Encoding.UTF8.GetBytes($"{{\"total\":{total},\"items\":["), items, "]}"u8.ToArray(), lists, entityTag);

    /// <summary>The uncompressed body in one array.</summary>
    public byte[] Stitch()
    {
        var body = new byte[Length()];
        var span = body.AsSpan();
        prefix.CopyTo(span);
        var position = prefix.Length;
        for (var index = 0; index < items.Count; index++)
        {
            if (index > 0)
            {
                span[position++] = Comma[0];
            }

            items[index].CopyTo(span[position..]);
            position += items[index].Length;
        }

        suffix.CopyTo(span[position..]);
        return body;
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var encoding = EncodedResponse.Negotiate(httpContext);
        if (encoding == ResponseEncoding.Identity)
        {
            EncodedResponse.AddVary(httpContext);
            return WriteSegmentsAsync(httpContext);
        }

        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        return EncodedResponse.WriteAsync(httpContext, lists.Get(entityTag, encoding, Stitch), JsonBytesResult.ContentType);
    }

    private long Length()
    {
        long length = prefix.Length + suffix.Length + Math.Max(0, items.Count - 1);
        foreach (var item in items)
        {
            length += item.Length;
        }

        return length;
    }

    private async Task WriteSegmentsAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonBytesResult.ContentType;
        response.ContentLength = Length();
        var writer = response.BodyWriter;
        writer.Write(prefix);
        var unflushed = prefix.Length;
        for (var index = 0; index < items.Count; index++)
        {
            if (index > 0)
            {
                writer.Write(Comma);
            }

            writer.Write(items[index]);
            unflushed += items[index].Length;
            if (unflushed > FlushThreshold)
            {
                await writer.FlushAsync(httpContext.RequestAborted);
                unflushed = 0;
            }
        }

        writer.Write(suffix);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
