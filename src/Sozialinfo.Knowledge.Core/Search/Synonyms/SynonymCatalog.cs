using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Core.Search.Synonyms;

/// <summary>
/// The synonym tables of one content snapshot, per culture: every published <see cref="SearchSettingsTypes.SynonymGroup"/>
/// item's culture variant contributes one group to that culture's table. Built once per snapshot version.
/// </summary>
public sealed class SynonymCatalog
{
    private readonly Dictionary<string, SynonymTable> _byCulture;

    private SynonymCatalog(long version, Dictionary<string, SynonymTable> byCulture)
    {
        Version = version;
        _byCulture = byCulture;
    }

    public static SynonymCatalog Empty { get; } = new(-1, []);

    /// <summary>The <see cref="ContentSnapshot.Version"/> the catalog was built from.</summary>
    public long Version { get; }

    public static SynonymCatalog From(ContentSnapshot snapshot)
    {
        var groups = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in snapshot.All)
        {
            if (!string.Equals(item.ContentType, SearchSettingsTypes.SynonymGroup, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var culture in item.Cultures.Values)
            {
                var terms = SynonymTerms.Parse(culture.Text(SearchSettingsTypes.TermsProperty));
                if (terms.Count >= 2)
                {
                    (groups.TryGetValue(culture.Culture, out var list) ? list : groups[culture.Culture] = []).Add(terms);
                }
            }
        }

        return new SynonymCatalog(
            snapshot.Version,
            groups.ToDictionary(g => g.Key, g => new SynonymTable(g.Value), StringComparer.OrdinalIgnoreCase));
    }

    public SynonymTable For(string culture) => _byCulture.GetValueOrDefault(culture) ?? SynonymTable.Empty;
}
