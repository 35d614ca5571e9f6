using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery.Querying;

/// <summary>
/// A hand-built snapshot for query tests (names are the de-CH names; "(fr)" marks an fr-CH translation):
/// <code>
/// Startseite (home, fr)                             /
///   Dossiers (dossierList)                          /dossiers/
///     Datenschutz (dossier, fr)                     /dossiers/datenschutz/
///       Das revidierte Datenschutzgesetz (article, fr)   sort 1
///       Cloud und Auftragsbearbeitung (article)          sort 2
///       Müller über Öffnungszeiten (article)             sort 3
///     Online-Beratung (dossier)                     /dossiers/online-beratung/
///       Beratung per Chat, Video und E-Mail (article)
///   Angebote (servicePage)                          /angebote/
///     Workshops (servicePage)                       /angebote/workshops/
/// Zweite Seite (home)                               /zweite/
///   Impressum (servicePage)                         /zweite/impressum/
/// </code>
/// </summary>
internal static class QueryTree
{
    public static readonly Guid Home = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid Dossiers = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid Datenschutz = new("10000000-0000-0000-0000-000000000003");
    public static readonly Guid RevDsg = new("10000000-0000-0000-0000-000000000004");
    public static readonly Guid Cloud = new("10000000-0000-0000-0000-000000000005");
    public static readonly Guid Mueller = new("10000000-0000-0000-0000-000000000006");
    public static readonly Guid OnlineBeratung = new("10000000-0000-0000-0000-000000000007");
    public static readonly Guid Chat = new("10000000-0000-0000-0000-000000000008");
    public static readonly Guid Angebote = new("10000000-0000-0000-0000-000000000009");
    public static readonly Guid Workshops = new("10000000-0000-0000-0000-00000000000a");
    public static readonly Guid SecondRoot = new("10000000-0000-0000-0000-00000000000b");
    public static readonly Guid Impressum = new("10000000-0000-0000-0000-00000000000c");

    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    public static ContentSnapshot Snapshot() => new(1, Items(), []);

    private static IEnumerable<PublishedContent> Items() =>
    [
        Item(Home, null, "home", 0, Date(2025, 1, 1), De("Startseite", "home", Date(2025, 6, 1)), Fr("Accueil", "accueil", Date(2025, 6, 2))),
        Item(Dossiers, Home, "dossierList", 0, Date(2025, 1, 2), De("Dossiers", "dossiers", Date(2025, 6, 3))),
        Item(Datenschutz, Dossiers, "dossier", 0, Date(2025, 2, 1),
            De("Datenschutz", "datenschutz", Date(2026, 1, 5), ["dc-dimension:datenschutz"]),
            Fr("Protection des données", "protection-des-donnees", Date(2026, 1, 6), ["dc-dimension:datenschutz"])),
        Item(RevDsg, Datenschutz, "article", 1, Date(2026, 1, 10),
            De("Das revidierte Datenschutzgesetz", "revdsg", new DateTimeOffset(2026, 3, 4, 16, 40, 0, Winter), ["dc-dimension:datenschutz", "dc-stufe:2", "thema:ndsg"]),
            Fr("La nouvelle loi sur la protection des données", "nlpd", Date(2026, 2, 20), ["dc-dimension:datenschutz", "dc-stufe:2", "thema:ndsg"])),
        Item(Cloud, Datenschutz, "article", 2, Date(2026, 2, 1),
            De("Cloud und Auftragsbearbeitung", "cloud", Date(2026, 2, 15), ["dc-dimension:infrastruktur", "dc-stufe:3"])),
        // Created 31.12.2025 23:30 UTC, which is 01.01.2026 00:30 in Zurich.
        Item(Mueller, Datenschutz, "article", 3, new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero),
            De("Müller über Öffnungszeiten", "mueller", Date(2026, 1, 20), ["thema:ndsg", "Format:Artikel"])),
        Item(OnlineBeratung, Dossiers, "dossier", 1, Date(2025, 3, 1), De("Online-Beratung", "online-beratung", Date(2025, 9, 1), ["dc-dimension:fachpraxis"])),
        Item(Chat, OnlineBeratung, "article", 0, Date(2025, 3, 2),
            De("Beratung per Chat, Video und E-Mail", "chat", Date(2025, 11, 30), ["dc-dimension:fachpraxis", "dc-stufe:1"])),
        Item(Angebote, Home, "servicePage", 1, Date(2025, 1, 3), De("Angebote", "angebote", Date(2025, 6, 4))),
        Item(Workshops, Angebote, "servicePage", 0, Date(2025, 1, 4), De("Workshops", "workshops", Date(2025, 6, 5))),
        Item(SecondRoot, null, "home", 1, Date(2025, 1, 5), De("Zweite Seite", "zweite", Date(2025, 6, 6))),
        Item(Impressum, SecondRoot, "servicePage", 0, Date(2025, 1, 6), De("Impressum", "impressum", Date(2025, 6, 7))),
    ];

    private static DateTimeOffset Date(int year, int month, int day) => new(year, month, day, 12, 0, 0, Winter);

    private static PublishedCulture De(string name, string segment, DateTimeOffset updated, List<string>? tags = null) =>
        Culture("de-CH", name, segment, updated, tags);

    private static PublishedCulture Fr(string name, string segment, DateTimeOffset updated, List<string>? tags = null) =>
        Culture("fr-CH", name, segment, updated, tags);

    private static PublishedCulture Culture(string culture, string name, string segment, DateTimeOffset updated, List<string>? tags)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["lead"] = $"Lead von {name}" };
        if (tags is not null)
        {
            properties["tags"] = tags;
        }

        return new PublishedCulture(culture, name, segment, updated, properties);
    }

    private static PublishedContent Item(
        Guid key, Guid? parent, string type, int sortOrder, DateTimeOffset created, params PublishedCulture[] cultures) =>
        new(key, parent, type, sortOrder, created, variesByCulture: true, isPublished: true,
            cultures.ToDictionary(c => c.Culture, StringComparer.OrdinalIgnoreCase));
}
