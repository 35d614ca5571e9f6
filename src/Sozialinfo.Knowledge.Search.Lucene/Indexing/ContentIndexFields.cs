using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// The field-definition table of the content indexes. Changing a field's name or kind changes what is on disk:
/// raise <see cref="SchemaVersion"/> so existing indexes are rebuilt on the next start.
/// </summary>
internal static class ContentIndexFields
{
    public const int SchemaVersion = 5;

    /// <summary>"key|culture": the unique id of an index document, used to replace it.</summary>
    public const string Id = "__id";

    public const string Key = "__key";
    public const string Culture = "__culture";
    public const string Published = "__published";
    public const string Route = "route";
    public const string SortName = "sortName";
    public const string UpdateDate = "updateDate";
    public const string CreateDate = "createDate";
    public const string SortOrder = "sortOrder";
    public const string Level = "level";
    public const string Parent = "parent";
    public const string Ancestor = "ancestor";

    /// <summary>The item's own key and its ancestors' (Umbraco's "path"): a Start-Item and everything below it.</summary>
    public const string AncestorOrSelf = "path";

    /// <summary>Depth-first tree position (<see cref="Core.Search.TreeOrderKey"/>): listing order and last tie-breaker.</summary>
    public const string TreeOrder = "treeOrder";

    /// <summary>Words of the name, folded plain and German (<see cref="Analysis.NameAnalyzer"/>): name filters.</summary>
    public const string NameWords = "nameWords";

    /// <summary>The name's Swiss German collation key (case-insensitive): name sorts.</summary>
    public const string NameCollation = "nameCollation";

    /// <summary>The content type alias in lower case: listings filter types case-insensitively.</summary>
    public const string ContentTypeFolded = "contentTypeFolded";
    public const string ContentType = SearchFacetNames.ContentType;
    public const string Dossier = SearchFacetNames.Dossier;
    public const string Tag = SearchFacetNames.Tag;
    public const string Dimension = SearchFacetNames.Dimension;
    public const string Title = "title";
    public const string Headings = "headings";
    public const string TagText = "tagText";

    /// <summary>Hyphenated compounds of title, lead and body written as one word ("Nonprofit-Konditionen" -> "Nonprofitkonditionen").</summary>
    public const string Joined = "joined";
    public const string Lead = "lead";
    public const string Body = "body";
    public const string Suggest = "suggest";

    /// <summary>Title, lead and body words as written (lower case), one field per culture: the vocabulary of spelling suggestions.</summary>
    public static string Spelling(string culture) => $"spelling.{culture.ToLowerInvariant()}";

    public static IReadOnlyList<IndexFieldDefinition> All { get; } =
    [
        new(Id, IndexFieldKind.Keyword),
        new(Key, IndexFieldKind.Sortable),
        new(Culture, IndexFieldKind.Sortable),
        new(Published, IndexFieldKind.Keyword),
        new(Route, IndexFieldKind.Sortable, Stored: true),
        new(SortName, IndexFieldKind.Sortable),
        new(UpdateDate, IndexFieldKind.Date),
        new(CreateDate, IndexFieldKind.Date),
        new(SortOrder, IndexFieldKind.Number),
        new(Level, IndexFieldKind.Number),
        new(Parent, IndexFieldKind.Keyword),
        new(Ancestor, IndexFieldKind.Term),
        new(AncestorOrSelf, IndexFieldKind.Term),
        new(TreeOrder, IndexFieldKind.Sortable),
        new(NameWords, IndexFieldKind.Suggest),
        new(NameCollation, IndexFieldKind.CollationKey),
        new(ContentTypeFolded, IndexFieldKind.Term),
        new(ContentType, IndexFieldKind.Sortable),
        new(Dossier, IndexFieldKind.Sortable),
        new(Tag, IndexFieldKind.Keyword),
        new(Dimension, IndexFieldKind.Keyword),
        new(Title, IndexFieldKind.FullText, Stored: true),
        new(Headings, IndexFieldKind.FullText),
        new(TagText, IndexFieldKind.FullText),
        new(Joined, IndexFieldKind.FullText),
        new(Lead, IndexFieldKind.FullText, Stored: true),
        new(Body, IndexFieldKind.FullText, Stored: true),
        new(Suggest, IndexFieldKind.Suggest),
    ];

    private static readonly Dictionary<string, IndexFieldDefinition> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IndexFieldDefinition Get(string name) =>
        ByName.TryGetValue(name, out var definition) ? definition
        : name.StartsWith("spelling.", StringComparison.Ordinal) ? new IndexFieldDefinition(name, IndexFieldKind.Suggest)
        : throw new ArgumentException($"Unknown index field '{name}'.", nameof(name));
}
