using System.Text.Json;
using Umbraco.Cms.Core.Models;
using Umbraco.Extensions;

namespace Sozialinfo.Knowledge.Umbraco.Tags;

/// <summary>
/// Reads the normalised tags of an <see cref="IContent"/>. The <c>Umbraco.Tags</c> editor stores a JSON array
/// (<c>["a","b"]</c>, the default) or comma-separated text, depending on its data type's storage type; both are read.
/// </summary>
internal static class TagValueReader
{
    public static IReadOnlyList<string> Read(IContent content, string? culture, bool published)
    {
        var property = content.Properties[DigitalCheckTags.PropertyAlias];
        if (property is null)
        {
            return [];
        }

        // The tags property is culture-invariant in our document types; a site may make it variant.
        var valueCulture = property.PropertyType.VariesByCulture() ? culture : null;
        return Parse(property.GetValue(valueCulture, null, published));
    }

    public static IReadOnlyList<string> Parse(object? value)
    {
        IEnumerable<string?> raw = value switch
        {
            string text when text.TrimStart().StartsWith('[') => ParseJsonArray(text),
            string text => text.Split(','),
            IEnumerable<string?> tags => tags,
            _ => [],
        };

        return raw
            .Where(tag => !string.IsNullOrWhiteSpace(tag))
            .Select(tag => DigitalCheckTags.Normalize(tag!))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    private static string?[] ParseJsonArray(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<string?[]>(text) ?? [];
        }
        catch (JsonException)
        {
            // A stored value that is not a JSON string array carries no readable tags.
            return [];
        }
    }
}
