using System.Text.Json;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>
/// Reading JSON a client sent without trusting it: strings and names that cannot become .NET strings (an escaped
/// lone surrogate such as "\ud800") are reported instead of thrown, and a value's kind is named in German for messages.
/// </summary>
internal static class JsonKinds
{
    public static bool TryGetString(JsonElement element, out string text)
    {
        try
        {
            text = element.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    public static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "ein Objekt",
        JsonValueKind.Array => "eine Liste",
        JsonValueKind.String => "ein Text",
        JsonValueKind.Number => "die Zahl " + (element.GetRawText() is { Length: <= 24 } raw ? raw : "…"),
        JsonValueKind.True or JsonValueKind.False => "ein Wahrheitswert",
        _ => "null",
    };
}
