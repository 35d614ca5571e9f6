namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>
/// The document types that configure the search rather than tell readers something: the root folder
/// "Sucheinstellungen" and its synonym groups (umbraco-config/document-types). They are content, so editors change
/// them like any item, but they are no reader pages: the reader site answers 404 for them, the reader's search index
/// leaves them out, and the Delivery API hides them through its DisallowedContentTypeAliases (appsettings.json).
/// </summary>
public static class SearchSettingsTypes
{
    public const string Settings = "searchSettings";

    public const string SynonymGroup = "synonymGroup";

    /// <summary>The synonym group's property with its terms, one per line (or separated by commas or semicolons).</summary>
    public const string TermsProperty = "terms";

    public static IReadOnlyList<string> All { get; } = [Settings, SynonymGroup];

    public static bool Contains(string contentType) => All.Contains(contentType, StringComparer.OrdinalIgnoreCase);
}
