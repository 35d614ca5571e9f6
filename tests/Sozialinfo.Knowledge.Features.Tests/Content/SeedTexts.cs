namespace Sozialinfo.Knowledge.Features.Tests.Content;

/// <summary>Seed files for a small tree: home → dossierList → dossier → article, plus an event list with an event.</summary>
internal static class SeedTexts
{
    public static readonly Guid Home = Guid.Parse("d748fe6c-cd9e-438b-a356-c192b7e2ee40");
    public static readonly Guid Dossiers = Guid.Parse("5fd8f908-3a29-4e75-8331-db42de504e46");
    public static readonly Guid Dossier = Guid.Parse("fe5917ba-ea7a-49e2-ba4a-d6309391e92a");
    public static readonly Guid Article = Guid.Parse("fe1163e1-7a56-43c4-a752-87af22e6fed6");
    public static readonly Guid EventList = Guid.Parse("4d45815e-b68b-436b-ae6d-c41b4a6253fb");
    public static readonly Guid Event = Guid.Parse("8ee7b0f1-02a9-483d-8609-c765cfb3b951");
    public static readonly Guid Service = Guid.Parse("41fd2dfd-309c-4e6d-a5bd-a53b9366fe5c");

    public const string ArticleLead = "Ein Lead, der lang genug ist, um die Validierung zu bestehen.";

    public static string HomeFile(string published = "true") => $"""
        ---
        type: home
        key: {Home}
        name: Startseite
        segment: home
        published: {published}
        properties:
          lead: Willkommen auf der Wissensplattform.
          featuredDossiers:
            - {Dossier}
        ---
        Hallo **Welt**.
        """;

    public static string DossiersFile() => $"""
        ---
        type: dossierList
        key: {Dossiers}
        parent: {Home}
        name: Dossiers
        sortOrder: 1
        properties:
          lead: Alle Dossiers auf einen Blick.
        ---
        """;

    public static string DossierFile(string segment = "datenschutz", string published = "true") => $"""
        ---
        type: dossier
        key: {Dossier}
        parent: {Dossiers}
        name: Datenschutz nach revDSG
        segment: {segment}
        published: {published}
        tags: [dc-dimension:datenschutz, format:dossier]
        properties:
          lead: Dieses Dossier zeigt, was das revidierte Datenschutzgesetz bedeutet.
          featured: true
        ---
        Einführung ins Dossier.
        """;

    public static string ArticleFile(
        string lead = ArticleLead,
        string extraProperty = "",
        string author = "  author: Regula Meier",
        string tags = "[dc-dimension:datenschutz, format:artikel]",
        string parent = "",
        string published = "true") => $"""
        ---
        type: article
        key: {Article}
        parent: {(parent.Length > 0 ? parent : Dossier.ToString())}
        name: Das revidierte Datenschutzgesetz
        segment: revdsg
        published: {published}
        createDate: 2026-01-19T10:10:00+01:00
        updateDate: 2026-02-03T16:30:00+01:00
        tags: {tags}
        properties:
          lead: "{lead}"
        {author}
        {extraProperty}
        ---
        ## Gilt das revDSG für uns?

        Ja, meistens.
        """;

    public static string ArticleTranslation(string extraProperty = "") => $"""
        ---
        type: article
        key: {Article}
        parent: {Dossier}
        name: La nouvelle loi sur la protection des données
        segment: nlpd
        culture: fr-CH
        properties:
          lead: "Un chapeau assez long pour passer la validation du champ."
        {extraProperty}
        ---
        Texte en français.
        """;

    public static string EventListFile() => $"""
        ---
        type: eventList
        key: {EventList}
        parent: {Home}
        name: Veranstaltungen
        sortOrder: 3
        properties:
          lead: Workshops und Webinare.
        ---
        """;

    public static string EventFile() => $"""
        ---
        type: event
        key: {Event}
        parent: {EventList}
        name: "Webinar: Den Digital-Check kennenlernen"
        tags: [format:veranstaltung]
        properties:
          lead: In 60 Minuten lernen Sie den Digital-Check kennen.
          startDate: 2027-01-19T12:15:00+01:00
          endDate: 2027-01-19T13:15:00
          location: Online (Zoom)
          eventFormat: online
          capacity: 100
          price: 120.50
          registrationOpen: true
          service: {Service}
        ---
        ## Programm

        Begrüssung und Fragen.
        """;

    /// <summary>Writes home, dossier list, dossier and article (the article first, in a folder sorting first).</summary>
    public static void WriteTree(ContentTestStore store)
    {
        store.WriteSeed("a/article.md", ArticleFile());
        store.WriteSeed("b/dossier.md", DossierFile());
        store.WriteSeed("c/dossiers.md", DossiersFile());
        store.WriteSeed("d/home.md", HomeFile());
    }
}
