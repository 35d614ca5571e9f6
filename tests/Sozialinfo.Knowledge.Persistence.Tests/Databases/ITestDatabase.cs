namespace Sozialinfo.Knowledge.Persistence.Tests.Databases;

/// <summary>A real database for one test class: one migrated database shared by its tests, plus empty ones.</summary>
public interface ITestDatabase
{
    /// <summary>Skips (or, on CI, fails) the test when the database engine is not available.</summary>
    void EnsureAvailable();

    /// <summary>A context on the migrated database of this test class.</summary>
    KnowledgeDbContext CreateContext();

    /// <summary>A context on a new, empty database (no tables).</summary>
    Task<KnowledgeDbContext> CreateEmptyDatabaseAsync(CancellationToken cancellationToken);
}
