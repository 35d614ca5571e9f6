namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>
/// The timed queries: frequent words (in nearly every article), medium ones and rare compounds of the corpus's long
/// tail, alone and in pairs. The run prints how many documents each one matches.
/// </summary>
internal static class BenchQueries
{
    public static IReadOnlyList<string> SingleTerm { get; } =
    [
        "Datenschutz", "Beratung", "Organisation",
        "Barrierefreiheit", "Verschlüsselung", "Leitbild",
        "Suchtkompetenz", "Migrationsportal",
    ];

    public static IReadOnlyList<string> TwoTerm { get; } =
    [
        "Datenschutz Beratung", "Online Beratung", "Schweigepflicht Messenger",
        "Klient Einwilligung", "Videoberatung Datensicherheit", "Leitbild Evaluation",
        "Datenschutz Suchtkompetenz", "Migrationsportal Leitbild",
    ];

    /// <summary>Queries that meet a group of the seed's synonym table (search-probe --synonyms): one-word synonyms and phrases.</summary>
    public static IReadOnlyList<string> Synonym { get; } =
    [
        "KI", "künstliche Intelligenz", "nDSG", "DSFA", "Mail", "Onlineberatung", "Beratung online",
    ];
}
