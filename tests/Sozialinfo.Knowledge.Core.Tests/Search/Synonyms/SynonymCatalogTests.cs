using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Core.Search.Synonyms;

namespace Sozialinfo.Knowledge.Core.Tests.Search.Synonyms;

public sealed class SynonymCatalogTests
{
    private static readonly DateTimeOffset Date = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void From_Snapshot_GroupsEverySynonymGroupPerCulture()
    {
        var settings = Guid.NewGuid();
        var snapshot = new ContentSnapshot(
            7,
            [
                Item(settings, null, SearchSettingsTypes.Settings, Culture("de-CH", "Sucheinstellungen", null)),
                Item(Guid.NewGuid(), settings, SearchSettingsTypes.SynonymGroup, Culture("de-CH", "KI", "KI\nkünstliche Intelligenz"), Culture("fr-CH", "IA", "IA\nintelligence artificielle")),
                Item(Guid.NewGuid(), settings, SearchSettingsTypes.SynonymGroup, Culture("de-CH", "Nur einer", "DSG")),
                Item(Guid.NewGuid(), null, "article", Culture("de-CH", "Artikel", "KI\nIKT")),
            ],
            []);

        var catalog = SynonymCatalog.From(snapshot);

        Assert.Equal(7, catalog.Version);
        Assert.Equal([["KI", "künstliche Intelligenz"]], catalog.For("de-CH").Groups);
        Assert.Equal([["IA", "intelligence artificielle"]], catalog.For("FR-ch").Groups);
        Assert.True(catalog.For("it-CH").IsEmpty);
    }

    private static PublishedContent Item(Guid key, Guid? parent, string type, params PublishedCulture[] cultures) =>
        new(key, parent, type, 0, Date, variesByCulture: true, isPublished: true, cultures.ToDictionary(c => c.Culture, StringComparer.OrdinalIgnoreCase));

    private static PublishedCulture Culture(string culture, string name, string? terms) =>
        new(culture, name, name.ToLowerInvariant().Replace(' ', '-'), Date, new Dictionary<string, object?> { [SearchSettingsTypes.TermsProperty] = terms });
}
