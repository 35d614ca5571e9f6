using System.Text.Json;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>Reads a property value sent as JSON to the editor API into a <see cref="RawValue"/>.</summary>
internal static class JsonRawValue
{
    public static RawValue From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => RawValue.Null(),
        JsonValueKind.Array when element.EnumerateArray().All(IsScalar) => RawValue.List([.. element.EnumerateArray().Select(Text)]),
        _ when IsScalar(element) => RawValue.Scalar(Text(element)),
        _ => RawValue.Unsupported(),
    };

    private static bool IsScalar(JsonElement element) =>
        element.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => element.GetRawText(),
    };
}
