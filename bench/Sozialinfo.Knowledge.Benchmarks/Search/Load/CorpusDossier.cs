namespace Sozialinfo.Knowledge.Benchmarks.Search.Load;

/// <summary>
/// One of the 20 dossiers the synthetic articles live in, below the seed's dossier list. Keys and segments are
/// fixed so that re-importing a corpus updates instead of duplicating, and the segments ("korpus-01" ...) cannot
/// clash with the seed's dossiers.
/// </summary>
internal sealed record CorpusDossier(int Number, Guid Key, string Name, string Segment, string Lead)
{
    /// <summary>The seed's dossier list (/dossiers/), see content-seed/README.md.</summary>
    public static readonly Guid DossierListKey = Guid.Parse("5fd8f908-3a29-4e75-8331-db42de504e46");

    private static readonly string[] Topics =
    [
        "Digitale Dokumentation", "Fallführungssoftware", "Social Media in der Jugendarbeit", "Digitale Kompetenzen im Team",
        "IT-Sicherheit im Sozialdienst", "Finanzierung digitaler Projekte", "Videoberatung im Alltag", "Barrierefreie Kommunikation",
        "Datenschutz in der Praxis", "Künstliche Intelligenz im Sozialdienst", "Digitale Elternarbeit", "Daten und Statistik",
        "Mobiles Arbeiten", "Cloud-Dienste", "Digitale Teilhabe im Alter", "Messenger und Chat",
        "Webauftritt und Auffindbarkeit", "Kooperation und Vernetzung", "Wirkungsmessung", "Digitale Ethik",
    ];

    public static IReadOnlyList<CorpusDossier> All { get; } = [.. Topics.Select((topic, index) => Create(index + 1, topic))];

    /// <summary>The dossier of a synthetic article's dossier number (0-based, as the corpus generator counts).</summary>
    public static CorpusDossier ForArticle(int dossier) =>
        dossier >= 0 && dossier < All.Count
            ? All[dossier]
            : throw new ArgumentOutOfRangeException(nameof(dossier), dossier, $"The corpus knows {All.Count} dossiers (0 to {All.Count - 1}).");

    private static CorpusDossier Create(int number, string topic) => new(
        number,
        Guid.Parse($"5eac4b00-0000-4000-8000-{number:D12}"),
        $"Korpus: {topic}",
        $"korpus-{number:D2}",
        $"Synthetisches Dossier {number} für Lasttests der Suche: Beiträge rund um {topic}, maschinell erzeugt.");
}
