namespace Sozialinfo.Knowledge.Persistence;

/// <summary>The database engines the content store runs on.</summary>
public enum KnowledgeDatabaseProvider
{
    /// <summary>Embedded default: one file in the data folder.</summary>
    Sqlite,

    /// <summary>For scale-out: a PostgreSQL server, connection string required.</summary>
    PostgreSql,
}
