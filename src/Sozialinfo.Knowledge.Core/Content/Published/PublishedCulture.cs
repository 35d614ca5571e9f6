namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>
/// One culture of a content item: its name, URL segment, route and property values. Invariant property values are
/// copied into every culture so a reader never has to know which properties vary.
/// </summary>
/// <remarks>
/// Values have these CLR types by editor: TextBox/TextArea <see cref="string"/>; MarkdownEditor
/// <see cref="RenderedMarkdown"/>; Tags <see cref="IReadOnlyList{T}"/> of string; DateTime <see cref="DateTimeOffset"/>;
/// Integer <see cref="long"/>; Decimal <see cref="decimal"/>; TrueFalse <see cref="bool"/>; ContentPicker
/// <see cref="Guid"/>; MultiNodeTreePicker <see cref="IReadOnlyList{T}"/> of Guid. A missing value is absent or null.
/// </remarks>
public sealed class PublishedCulture(
    string culture,
    string name,
    string urlSegment,
    DateTimeOffset updateDate,
    IReadOnlyDictionary<string, object?> properties,
    IReadOnlyList<UnrenderedProperty>? unrendered = null)
{
    public string Culture { get; } = culture;

    public string Name { get; } = name;

    public string UrlSegment { get; } = urlSegment;

    public DateTimeOffset UpdateDate { get; } = updateDate;

    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    /// <summary>Stored values left out of <see cref="Properties"/> because they cannot be rendered; shown to editors as broken.</summary>
    public IReadOnlyList<UnrenderedProperty> Unrendered { get; } = unrendered ?? [];

    /// <summary>The route path ("/", "/dossiers/datenschutz/"), assigned once by <see cref="ContentSnapshot"/>.</summary>
    public string Path { get; internal set; } = string.Empty;

    public T? Value<T>(string alias) => Properties.TryGetValue(alias, out var value) && value is T typed ? typed : default;

    public string? Text(string alias) => Value<string>(alias);

    public IReadOnlyList<string> Tags(string alias = "tags") => Value<IReadOnlyList<string>>(alias) ?? [];
}
