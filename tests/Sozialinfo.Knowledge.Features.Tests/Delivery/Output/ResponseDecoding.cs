using System.IO.Compression;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Output;

/// <summary>Reads a response body as the client would after undoing its Content-Encoding.</summary>
internal static class ResponseDecoding
{
    public static async Task<string> DecodedTextAsync(this HttpResponseMessage response) =>
        System.Text.Encoding.UTF8.GetString(await response.DecodedBytesAsync());

    public static async Task<byte[]> DecodedBytesAsync(this HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var coding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        if (coding is null)
        {
            return raw;
        }

        using var input = new MemoryStream(raw);
        await using Stream decoder = coding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => throw new InvalidOperationException($"Unexpected Content-Encoding {coding}."),
        };
        using var output = new MemoryStream();
        await decoder.CopyToAsync(output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }
}
