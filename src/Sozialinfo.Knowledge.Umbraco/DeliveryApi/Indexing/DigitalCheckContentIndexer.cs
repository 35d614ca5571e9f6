using Sozialinfo.Knowledge.Umbraco.Tags;
using Umbraco.Cms.Core.DeliveryApi;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;

/// <summary>
/// Adds the Digital-Check taxonomy and the ancestor dossier to Umbraco's Delivery API content index, so that the
/// <see cref="Filters.TagFilter"/>, <see cref="Filters.DimensionFilter"/>, <see cref="Filters.LevelFilter"/> and
/// <see cref="Filters.DossierFilter"/> can query them. Fields without values are left out, so a negated filter
/// (<c>tag:!x</c>) keeps untagged content.
/// </summary>
public sealed class DigitalCheckContentIndexer : IContentIndexHandler
{
    /// <summary>The alias of the document type whose descendants belong to a dossier.</summary>
    public const string DossierContentTypeAlias = "dossier";

    private readonly IContentService _contentService;

    /// <summary>Creates the indexer.</summary>
    /// <param name="contentService">Umbraco's content service, used to find the ancestor dossiers.</param>
    public DigitalCheckContentIndexer(IContentService contentService) => _contentService = contentService;

    /// <inheritdoc />
    public IEnumerable<IndexFieldValue> GetFieldValues(IContent content, string? culture)
    {
        // The index holds published and draft documents; a published culture is filtered by its published tags.
        var published = culture is null ? content.Published : content.IsCulturePublished(culture);
        var tags = TagValueReader.Read(content, culture, published);

        var dimensions = tags
            .Select(tag => DigitalCheckTags.TryGetDimension(tag, out var dimension) ? dimension : null)
            .OfType<string>()
            .ToArray();
        var levels = tags
            .Select(tag => DigitalCheckTags.TryGetLevel(tag, out var level) ? level : 0)
            .Where(level => level > 0)
            .Distinct()
            .Cast<object>()
            .ToArray();
        var dossiers = _contentService.GetAncestors(content)
            .Where(ancestor => string.Equals(ancestor.ContentType.Alias, DossierContentTypeAlias, StringComparison.Ordinal))
            .Select(ancestor => ancestor.Key.ToString("D"))
            .ToArray();

        return new[]
            {
                Field(SozialinfoIndexFields.Tag, tags),
                Field(SozialinfoIndexFields.Dimension, dimensions),
                Field(SozialinfoIndexFields.Level, levels),
                Field(SozialinfoIndexFields.Dossier, dossiers),
            }
            .Where(field => field.Values.Any());
    }

    /// <inheritdoc />
    public IEnumerable<IndexField> GetFields() =>
    [
        new() { FieldName = SozialinfoIndexFields.Tag, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = SozialinfoIndexFields.Dimension, FieldType = FieldType.StringRaw, VariesByCulture = false },
        new() { FieldName = SozialinfoIndexFields.Level, FieldType = FieldType.Number, VariesByCulture = false },
        new() { FieldName = SozialinfoIndexFields.Dossier, FieldType = FieldType.StringRaw, VariesByCulture = false },
    ];

    private static IndexFieldValue Field(string name, IEnumerable<object> values)
        => new() { FieldName = name, Values = values.ToArray() };
}
