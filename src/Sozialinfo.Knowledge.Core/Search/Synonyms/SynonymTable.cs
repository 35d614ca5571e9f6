namespace Sozialinfo.Knowledge.Core.Search.Synonyms;

/// <summary>
/// The synonym groups of one culture: every term of a group means the same as every other (abbreviations work both
/// ways, "KI" finds "künstliche Intelligenz" and back). Immutable; one instance per published snapshot and culture,
/// so an index can keep what it derives from a table (its analysed terms) per instance.
/// </summary>
public sealed class SynonymTable
{
    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        Groups = [.. groups.Where(g => g.Count >= 2)];
    }

    public static SynonymTable Empty { get; } = new([]);

    /// <summary>Groups of at least two terms, as the editors wrote them.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    public bool IsEmpty => Groups.Count == 0;
}
