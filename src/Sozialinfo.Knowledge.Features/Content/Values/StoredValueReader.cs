using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>
/// Reads a stored property value into the CLR type documented on <see cref="PublishedCulture"/>. A value that does
/// not fit its editor (for example after a document type changed), or Markdown that cannot be rendered (the renderer
/// answers null), reads as null instead of failing the snapshot.
/// </summary>
internal static class StoredValueReader
{
    public static object? Read(PropertyType property, JsonNode? value, Func<string, RenderedMarkdown?> renderMarkdown)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return property.EditorAlias switch
            {
                PropertyEditorAlias.TextBox or PropertyEditorAlias.TextArea => Text(value),
                PropertyEditorAlias.MarkdownEditor => Text(value) is { } markdown ? renderMarkdown(markdown) : null,
                PropertyEditorAlias.Tags => Texts(value),
                PropertyEditorAlias.DateTime => Text(value) is { } text && IsoDateTime.TryParse(text, out var date) ? date : null,
                PropertyEditorAlias.Integer => Number(value) is { } integer ? (long)integer : null,
                PropertyEditorAlias.Decimal => Number(value),
                PropertyEditorAlias.TrueFalse => Boolean(value),
                PropertyEditorAlias.ContentPicker => Text(value) is { } text && Guid.TryParse(text, out var key) ? key : null,
                PropertyEditorAlias.MultiNodeTreePicker => Keys(value),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static string? Text(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static decimal? Number(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValueKind.String when decimal.TryParse(value.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static bool? Boolean(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static List<string>? Texts(JsonNode value) =>
        value is JsonArray array ? [.. array.Select(item => item?.ToString()).OfType<string>()] : null;

    private static List<Guid>? Keys(JsonNode value) =>
        Texts(value) is { } texts ? [.. texts.Select(t => Guid.TryParse(t, out var key) ? key : Guid.Empty).Where(k => k != Guid.Empty)] : null;
}
