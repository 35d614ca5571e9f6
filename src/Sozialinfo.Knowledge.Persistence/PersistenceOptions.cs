namespace Sozialinfo.Knowledge.Persistence;

/// <summary>Bound from the configuration section "Persistence".</summary>
public sealed class PersistenceOptions
{
    public const string SectionName = "Persistence";

    /// <summary>"Sqlite" (default) or "PostgreSql", case-insensitive.</summary>
    public string Provider { get; set; } = nameof(KnowledgeDatabaseProvider.Sqlite);

    /// <summary>Folder for the SQLite file, relative to the content root unless rooted.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>From "ConnectionStrings:Knowledge": required for PostgreSQL, optional for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The parsed <see cref="Provider"/>, or null when it names no supported provider.</summary>
    public KnowledgeDatabaseProvider? ParsedProvider =>
        Enum.GetValues<KnowledgeDatabaseProvider>()
            .Select(provider => (KnowledgeDatabaseProvider?)provider)
            .FirstOrDefault(provider => string.Equals(
                provider.ToString(), Provider?.Trim(), StringComparison.OrdinalIgnoreCase));
}
