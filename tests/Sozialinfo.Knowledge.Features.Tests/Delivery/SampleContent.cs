using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

/// <summary>
/// A small tree with every editor: home (de-CH + fr-CH) → dossiers → datenschutz → two articles; an event list with
/// an event that picks a service page; a second root; a draft-only article in the preview snapshot; a redirect.
/// Document types come from the real umbraco-config folder.
/// </summary>
internal static class SampleContent
{
    public static readonly Guid Home = Guid.Parse("d748fe6c-cd9e-438b-a356-c192b7e2ee40");
    public static readonly Guid Dossiers = Guid.Parse("5fd8f908-3a29-4e75-8331-db42de504e46");
    public static readonly Guid Datenschutz = Guid.Parse("fe5917ba-ea7a-49e2-ba4a-d6309391e92a");
    public static readonly Guid ArticleOne = Guid.Parse("fe1163e1-7a56-43c4-a752-87af22e6fed6");
    public static readonly Guid ArticleTwo = Guid.Parse("0a6a4f7e-3b7c-4a53-9d55-0d2a7b0c1e01");
    public static readonly Guid Angebote = Guid.Parse("b6288190-bef2-43ee-be2a-c01a8c784427");
    public static readonly Guid Workshops = Guid.Parse("7e4776ad-b328-4fd6-b910-8f0f699c23ea");
    public static readonly Guid EventList = Guid.Parse("4d45815e-b68b-436b-ae6d-c41b4a6253fb");
    public static readonly Guid Event = Guid.Parse("74a5311e-c93c-4928-b6b8-06b12c657c80");
    public static readonly Guid SecondRoot = Guid.Parse("2b1d3c4e-5f60-4718-8293-a4b5c6d7e8f9");
    public static readonly Guid DraftArticle = Guid.Parse("9c8b7a69-5847-4362-8150-e4d3c2b1a090");
    public static readonly Guid MissingKey = Guid.Parse("00000000-0000-0000-0000-0000000000aa");
    public static readonly DateTimeOffset Created = new(2026, 3, 2, 8, 15, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Updated = new(2026, 3, 4, 15, 40, 0, TimeSpan.Zero);

    public static DocumentTypeCatalog DocumentTypes { get; } = DocumentTypeLoader.LoadFolder(FindDocumentTypesFolder());

    public static ContentSnapshot Published(long version = 1) => new(version, Items(includeDraft: false), Redirects());

    public static ContentSnapshot Preview(long version = 1) => new(version, Items(includeDraft: true), Redirects());

    public static PublishedContentCache Cache()
    {
        var cache = new PublishedContentCache();
        cache.Replace(Published(), Preview());
        return cache;
    }

    private static IEnumerable<RouteRedirect> Redirects() => [new("de-CH", "/dossiers/alter-datenschutz/", Datenschutz)];

    private static List<PublishedContent> Items(bool includeDraft)
    {
        List<PublishedContent> items =
        [
            Item(Home, null, "home", 0, true, ("de-CH", "Startseite", "home", Props(("lead", "Willkommen"), ("featuredDossiers", new List<Guid> { Datenschutz, MissingKey }))),
                ("fr-CH", "Accueil", "accueil", Props(("lead", "Bienvenue"), ("featuredDossiers", new List<Guid> { Datenschutz })))),
            Item(Dossiers, Home, "dossierList", 0, true, ("de-CH", "Dossiers", "dossiers", Props(("lead", "Alle Dossiers")))),
            Item(Datenschutz, Dossiers, "dossier", 0, true, ("de-CH", "Datenschutz", "datenschutz", Props(("lead", "Datenschutz im Alltag"), ("featured", true), ("tags", new List<string> { "dc-dimension:datenschutz" })))),
            Item(ArticleOne, Datenschutz, "article", 1, true, ("de-CH", "Das revidierte Datenschutzgesetz", "revdsg", ArticleProps("Lead eins", [ArticleTwo, Event, DraftArticle]))),
            Item(ArticleTwo, Datenschutz, "article", 2, true, ("de-CH", "Cloud und Auftragsbearbeitung", "cloud", ArticleProps("Lead zwei", [ArticleOne]))),
            Item(Angebote, Home, "servicePage", 1, true, ("de-CH", "Angebote", "angebote", Props(("lead", "Unsere Angebote"), ("serviceType", "uebersicht")))),
            Item(Workshops, Angebote, "servicePage", 0, true, ("de-CH", "Workshops", "workshops", Props(("lead", "Workshops"), ("serviceType", "workshop"), ("bookable", true)))),
            Item(EventList, Home, "eventList", 2, true, ("de-CH", "Veranstaltungen", "veranstaltungen", Props(("lead", "Alle Termine")))),
            Item(Event, EventList, "event", 0, true, ("de-CH", "Workshop Datenschutz", "workshop-datenschutz", Props(
                ("lead", "Ein Workshop"), ("startDate", new DateTimeOffset(2027, 2, 4, 9, 0, 0, TimeSpan.FromHours(1))),
                ("capacity", 20L), ("price", 280.50m), ("registrationOpen", true), ("service", Workshops), ("location", "Bern")))),
            Item(SecondRoot, null, "home", 1, true, ("de-CH", "Zweite Seite", "zweite", Props(("lead", "Zweite Wurzel")))),
        ];
        if (includeDraft)
        {
            items.Add(Item(DraftArticle, Datenschutz, "article", 3, false, ("de-CH", "Entwurf", "entwurf", ArticleProps("Geheimer Entwurf", []))));
        }

        return items;
    }

    private static Dictionary<string, object?> ArticleProps(string lead, Guid[] related) => Props(
        ("lead", lead),
        ("body", new RenderedMarkdown("<h2 id=\"a\">Titel</h2>\n<p>Text &amp; mehr</p>\n", [new TableOfContentsEntry(2, "a", "Titel")], 1, 3)),
        ("author", "Regula Meier"),
        ("tags", new List<string> { "dc-dimension:datenschutz", "thema:ndsg" }),
        ("relatedContent", related.ToList()));

    private static Dictionary<string, object?> Props(params (string Alias, object? Value)[] values) =>
        values.ToDictionary(v => v.Alias, v => v.Value, StringComparer.Ordinal);

    private static PublishedContent Item(
        Guid key, Guid? parent, string type, int sortOrder, bool published,
        params (string Culture, string Name, string Segment, Dictionary<string, object?> Properties)[] cultures) =>
        new(key, parent, type, sortOrder, Created, variesByCulture: true, isPublished: published,
            cultures.ToDictionary(
                c => c.Culture,
                c => new PublishedCulture(c.Culture, c.Name, c.Segment, Updated, c.Properties),
                StringComparer.OrdinalIgnoreCase));

    private static string FindDocumentTypesFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "umbraco-config", "document-types");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("umbraco-config/document-types not found above " + AppContext.BaseDirectory);
    }
}
