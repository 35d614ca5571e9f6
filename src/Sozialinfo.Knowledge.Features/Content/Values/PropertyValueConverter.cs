using System.Globalization;
using System.Text.Json.Nodes;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>
/// Turns an editor's raw value into the storage form its property editor expects (see ContentVariant), and checks
/// the property's validation pattern on every text the value consists of. Messages are German.
/// </summary>
internal static class PropertyValueConverter
{
    public static ConvertedValue Convert(PropertyType property, RawValue raw)
    {
        if (raw.Kind == RawValueKind.Unsupported)
        {
            return ConvertedValue.Fail($"«{property.Name}» erwartet {Expectation(property.EditorAlias)}, kein verschachteltes Objekt.");
        }

        if (IsEmpty(raw))
        {
            return ConvertedValue.Empty;
        }

        JsonNode? converted = property.EditorAlias switch
        {
            PropertyEditorAlias.Tags => ToTextList(raw, splitCommas: true),
            PropertyEditorAlias.MultiNodeTreePicker => ToKeyList(raw),
            _ when raw.Kind == RawValueKind.List => null,
            PropertyEditorAlias.TextBox or PropertyEditorAlias.TextArea or PropertyEditorAlias.MarkdownEditor => JsonValue.Create(raw.Text),
            PropertyEditorAlias.DateTime => IsoDateTime.TryParse(raw.Text, out var date) ? JsonValue.Create(IsoDateTime.Format(date)) : null,
            PropertyEditorAlias.Integer => long.TryParse(raw.Text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer) : null,
            PropertyEditorAlias.Decimal => decimal.TryParse(raw.Text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null,
            PropertyEditorAlias.TrueFalse => ToBoolean(raw.Text),
            PropertyEditorAlias.ContentPicker => Guid.TryParse(raw.Text.Trim(), out var key) ? JsonValue.Create(key.ToString("D")) : null,
            _ => null,
        };

        if (converted is null)
        {
            return ConvertedValue.Fail($"«{property.Name}» erwartet {Expectation(property.EditorAlias)}.");
        }

        return CheckPattern(property, converted) is { } patternError ? ConvertedValue.Fail(patternError) : ConvertedValue.Of(converted);
    }

    /// <summary>The texts a stored value consists of, as the validation pattern sees them.</summary>
    public static IEnumerable<string> Texts(JsonNode value) => value switch
    {
        JsonArray array => array.Select(item => item?.ToString() ?? string.Empty),
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => [text],
        JsonValue scalar when scalar.TryGetValue<bool>(out var flag) => [flag ? "true" : "false"],
        _ => [value.ToJsonString()],
    };

    private static bool IsEmpty(RawValue raw) => raw.Kind switch
    {
        RawValueKind.Null => true,
        RawValueKind.Scalar => string.IsNullOrWhiteSpace(raw.Text),
        RawValueKind.List => raw.Items.All(string.IsNullOrWhiteSpace),
        _ => false,
    };

    private static JsonArray ToTextList(RawValue raw, bool splitCommas)
    {
        var items = raw.Kind == RawValueKind.List ? raw.Items : splitCommas ? raw.Text.Split(',') : [raw.Text];
        var distinct = items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal);
        return [.. distinct.Select(i => (JsonNode)JsonValue.Create(i))];
    }

    private static JsonArray? ToKeyList(RawValue raw)
    {
        var texts = ToTextList(raw, splitCommas: true).Select(node => node!.GetValue<string>()).ToList();
        var keys = new List<Guid>(texts.Count);
        foreach (var text in texts)
        {
            if (!Guid.TryParse(text, out var key))
            {
                return null;
            }

            keys.Add(key);
        }

        return [.. keys.Distinct().Select(k => (JsonNode)JsonValue.Create(k.ToString("D")))];
    }

    private static JsonValue? ToBoolean(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "1" => JsonValue.Create(true),
        "false" or "0" => JsonValue.Create(false),
        _ => null,
    };

    private static string? CheckPattern(PropertyType property, JsonNode value)
    {
        if (string.IsNullOrEmpty(property.ValidationPattern))
        {
            return null;
        }

        var failing = Texts(value).FirstOrDefault(text => !ValidationPatterns.IsMatch(property.ValidationPattern, text));
        if (failing is null)
        {
            return null;
        }

        var message = property.ValidationMessage ?? $"Der Wert entspricht nicht dem verlangten Format ({property.ValidationPattern}).";
        return value is JsonArray ? $"«{InputEcho.Quote(failing)}»: {message}" : message;
    }

    private static string Expectation(string editorAlias) => editorAlias switch
    {
        PropertyEditorAlias.TextBox or PropertyEditorAlias.TextArea => "einen Text",
        PropertyEditorAlias.MarkdownEditor => "einen Markdown-Text",
        PropertyEditorAlias.Tags => "eine Liste von Schlagwörtern",
        PropertyEditorAlias.DateTime => "ein Datum nach ISO 8601 (z. B. 2026-03-02T09:15:00+01:00)",
        PropertyEditorAlias.Integer => "eine ganze Zahl",
        PropertyEditorAlias.Decimal => "eine Zahl mit Dezimalpunkt (z. B. 120.50)",
        PropertyEditorAlias.TrueFalse => "true oder false",
        PropertyEditorAlias.ContentPicker => "einen einzelnen Inhaltsschlüssel (GUID)",
        PropertyEditorAlias.MultiNodeTreePicker => "eine Liste von Inhaltsschlüsseln (GUID)",
        _ => "einen gültigen Wert",
    };
}
