using System.Text.Json;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>Reads a property value sent as JSON to the editor API into a <see cref="RawValue"/>.</summary>
internal static class JsonRawValue
{
    /// <summary>False when a string in the value cannot be read (an escaped lone surrogate).</summary>
    public static bool TryFrom(JsonElement element, out RawValue value)
    {
        value = RawValue.Unsupported();
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                value = RawValue.Null();
                return true;
            case JsonValueKind.Array when element.EnumerateArray().All(IsScalar):
                var items = new List<string>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    if (!TryText(item, out var text))
                    {
                        return false;
                    }

                    items.Add(text);
                }

                value = RawValue.List(items);
                return true;
            case var _ when IsScalar(element):
                if (!TryText(element, out var scalar))
                {
                    return false;
                }

                value = RawValue.Scalar(scalar);
                return true;
            default:
                return true;
        }
    }

    private static bool IsScalar(JsonElement element) =>
        element.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static bool TryText(JsonElement element, out string text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return JsonKinds.TryGetString(element, out text);
            case JsonValueKind.True:
                text = "true";
                return true;
            case JsonValueKind.False:
                text = "false";
                return true;
            default:
                text = element.GetRawText();
                return true;
        }
    }
}
