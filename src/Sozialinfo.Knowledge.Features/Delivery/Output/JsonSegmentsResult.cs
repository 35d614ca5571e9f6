using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// Writes a JSON array (optionally inside a prefix/suffix such as <c>{"total":n,"items":[ ... ]}</c>) straight from
/// cached item bodies to the response, without building the whole body in memory.
/// </summary>
internal sealed class JsonSegmentsResult(byte[] prefix, IReadOnlyList<byte[]> items, byte[] suffix) : IResult
{
    private const int FlushThreshold = 64 * 1024;
    private static readonly byte[] Comma = ","u8.ToArray();

    public static JsonSegmentsResult Array(IReadOnlyList<byte[]> items) => new("["u8.ToArray(), items, "]"u8.ToArray());

    public static JsonSegmentsResult Page(long total, IReadOnlyList<byte[]> items) =>
        new(Encoding.UTF8.GetBytes($"{{\"total\":{total},\"items\":["), items, "]}"u8.ToArray());

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonBytesResult.ContentType;
        long length = prefix.Length + suffix.Length + Math.Max(0, items.Count - 1);
        foreach (var item in items)
        {
            length += item.Length;
        }

        response.ContentLength = length;
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
