using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Reads and writes the PropertiesJson of a variant. Written JSON is canonical (document-type order, no nulls), so
/// equal values give equal strings and a changed string means changed content.
/// </summary>
internal static class PropertyBag
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Dictionary<string, JsonNode?> Parse(string? json)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(json) && JsonNode.Parse(json) is JsonObject parsed)
        {
            foreach (var (alias, value) in parsed)
            {
                values[alias] = value?.DeepClone();
            }
        }

        return values;
    }

    /// <summary>True when the property carries one value per culture (the type must vary by culture, too).</summary>
    public static bool IsVariant(DocumentType type, PropertyType property) => type.VariesByCulture && property.VariesByCulture;

    /// <summary>True for a culture that only carries culture-variant values.</summary>
    public static bool IsTranslation(DocumentType type, string culture) =>
        type.VariesByCulture && !string.Equals(culture, Cultures.Default, StringComparison.OrdinalIgnoreCase);

    /// <summary>The values of <paramref name="values"/> that are the same in every culture.</summary>
    public static Dictionary<string, JsonNode?> Invariant(DocumentType type, IReadOnlyDictionary<string, JsonNode?> values) =>
        Select(type, values, variant: false);

    public static Dictionary<string, JsonNode?> Variant(DocumentType type, IReadOnlyDictionary<string, JsonNode?> values) =>
        Select(type, values, variant: true);

    /// <summary>Canonical JSON of the variant values of one culture plus the shared invariant values.</summary>
    public static string Compose(
        DocumentType type,
        IReadOnlyDictionary<string, JsonNode?> variantValues,
        IReadOnlyDictionary<string, JsonNode?> invariantValues)
    {
        var result = new JsonObject();
        foreach (var property in type.Properties)
        {
            var source = IsVariant(type, property) ? variantValues : invariantValues;
            if (source.GetValueOrDefault(property.Alias) is { } value)
            {
                result[property.Alias] = value.DeepClone();
            }
        }

        return result.ToJsonString(Options);
    }

    private static Dictionary<string, JsonNode?> Select(DocumentType type, IReadOnlyDictionary<string, JsonNode?> values, bool variant)
    {
        var selected = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var property in type.Properties.Where(p => IsVariant(type, p) == variant))
        {
            if (values.GetValueOrDefault(property.Alias) is { } value)
            {
                selected[property.Alias] = value;
            }
        }

        return selected;
    }
}
