using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search.Synonyms;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// The editors' synonym tables of the published snapshot a search answers from. Built on the first search after a
/// publish (a pass over the snapshot's synonym groups) and kept until the next, so a published synonym group is used
/// by the next search without a restart, and a query never mixes the synonyms of one snapshot with another's index.
/// </summary>
internal sealed class SearchSynonyms
{
    private volatile SynonymCatalog _catalog = SynonymCatalog.Empty;

    public SynonymTable For(ContentSnapshot snapshot, string culture)
    {
        var catalog = _catalog;
        if (catalog.Version != snapshot.Version)
        {
            // Two searches racing after a publish may both build it; both results are equal.
            catalog = SynonymCatalog.From(snapshot);
            _catalog = catalog;
        }

        return catalog.For(culture);
    }
}
