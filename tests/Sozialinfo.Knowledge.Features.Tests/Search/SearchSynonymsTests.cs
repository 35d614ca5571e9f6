using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Search;

namespace Sozialinfo.Knowledge.Features.Tests.Search;

public sealed class SearchSynonymsTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void For_SameSnapshotVersion_ReusesTheTable()
    {
        var synonyms = new SearchSynonyms();
        var snapshot = Snapshot(1, "KI\nkünstliche Intelligenz");

        Assert.Same(synonyms.For(snapshot, "de-CH"), synonyms.For(snapshot, "de-CH"));
    }

    [Fact]
    public void For_NewSnapshotVersion_ReadsTheNewGroups()
    {
        var synonyms = new SearchSynonyms();
        Assert.Equal([["KI", "künstliche Intelligenz"]], synonyms.For(Snapshot(1, "KI\nkünstliche Intelligenz"), "de-CH").Groups);

        var changed = synonyms.For(Snapshot(2, "KI\nkünstliche Intelligenz\nAI"), "de-CH");

        Assert.Equal([["KI", "künstliche Intelligenz", "AI"]], changed.Groups);
    }

    private static ContentSnapshot Snapshot(long version, string terms)
    {
        var culture = new PublishedCulture("de-CH", "KI", "ki", Date, new Dictionary<string, object?> { [SearchSettingsTypes.TermsProperty] = terms });
        var group = new PublishedContent(Guid.NewGuid(), null, SearchSettingsTypes.SynonymGroup, 0, Date, true, true, new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase) { ["de-CH"] = culture });
        return new ContentSnapshot(version, [group], []);
    }
}
