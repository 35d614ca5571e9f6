namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>An immutable content item as readers see it (published) or editors preview it (latest draft).</summary>
public sealed class PublishedContent(
    Guid key,
    Guid? parentKey,
    string contentType,
    int sortOrder,
    DateTimeOffset createDate,
    bool variesByCulture,
    bool isPublished,
    IReadOnlyDictionary<string, PublishedCulture> cultures)
{
    public Guid Key { get; } = key;

    public Guid? ParentKey { get; } = parentKey;

    public string ContentType { get; } = contentType;

    public int SortOrder { get; } = sortOrder;

    public DateTimeOffset CreateDate { get; } = createDate;

    public bool VariesByCulture { get; } = variesByCulture;

    /// <summary>False only in a preview snapshot, for content that was never published.</summary>
    public bool IsPublished { get; } = isPublished;

    /// <summary>Available cultures, keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, PublishedCulture> Cultures { get; } = cultures;

    /// <summary>1 for a root, assigned by <see cref="ContentSnapshot"/>.</summary>
    public int Level { get; internal set; }

    /// <summary>Latest update over all cultures.</summary>
    public DateTimeOffset UpdateDate => Cultures.Values.Max(c => c.UpdateDate);

    public PublishedCulture? GetCulture(string culture) => Cultures.GetValueOrDefault(culture);
}
