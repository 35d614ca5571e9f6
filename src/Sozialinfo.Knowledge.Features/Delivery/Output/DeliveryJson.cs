using System.Text.Encodings.Web;
using System.Text.Json;
using Sozialinfo.Knowledge.Contracts.Delivery;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// The serializer settings of the Delivery API: source-generated metadata (no reflection), camelCase, and relaxed
/// escaping so German text and HTML bodies stay readable and compact (responses are application/json, never HTML).
/// </summary>
internal static class DeliveryJson
{
    public static DeliveryApiJsonContext Context { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static byte[] Serialize(ApiContentResponse response) =>
        JsonSerializer.SerializeToUtf8Bytes(response, Context.ApiContentResponse);
}
