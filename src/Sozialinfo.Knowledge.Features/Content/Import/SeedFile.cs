using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>
/// One parsed seed file (one culture of one node): front-matter fields, property values with their lines, and the
/// lines of the fields, so any validation error can name the line it is about.
/// </summary>
internal sealed record SeedFile(
    string Path,
    Guid Key,
    string Type,
    Guid? Parent,
    string Name,
    string? Segment,
    int? SortOrder,
    string Culture,
    DateTimeOffset? CreateDate,
    DateTimeOffset? UpdateDate,
    bool Published,
    IReadOnlyDictionary<string, RawValue> Properties,
    IReadOnlyDictionary<string, int> FieldLines)
{
    /// <summary>Lines of the front matter's "properties:" key and of the first line of the Markdown body.</summary>
    public const string PropertiesLine = "properties";
    public const string BodyLine = "body";

    public bool IsDefaultCulture => string.Equals(Culture, Cultures.Default, StringComparison.OrdinalIgnoreCase);

    public ContentInput ToInput() => new(Key, Type, Parent, Culture, Name, Segment, IsDefaultCulture ? SortOrder ?? 0 : SortOrder, Properties);

    public int LineOf(string field)
    {
        if (field.StartsWith(ContentFields.PropertiesPrefix, StringComparison.Ordinal))
        {
            var alias = field[ContentFields.PropertiesPrefix.Length..];
            return Properties.TryGetValue(alias, out var value) && value.Line > 0 ? value.Line
                : FieldLines.GetValueOrDefault(string.Equals(alias, "body", StringComparison.Ordinal) ? BodyLine : PropertiesLine, 1);
        }

        return FieldLines.GetValueOrDefault(field, 1);
    }
}
