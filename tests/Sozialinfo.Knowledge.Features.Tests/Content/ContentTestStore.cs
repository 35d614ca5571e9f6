using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Import;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Persistence;
using Sozialinfo.Knowledge.Persistence.Sqlite;

namespace Sozialinfo.Knowledge.Features.Tests.Content;

/// <summary>
/// A real, migrated SQLite store in a temp folder with the content services wired as in the app, the real document
/// types, a fake clock, and a scratch folder for seed files. Dispose deletes everything.
/// </summary>
internal sealed class ContentTestStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ContentTestStore(string folder, ServiceProvider services)
    {
        Folder = folder;
        SeedFolder = Directory.CreateDirectory(Path.Combine(folder, "seed")).FullName;
        _services = services;
    }

    public string Folder { get; }

    public string SeedFolder { get; }

    public FakeTimeProvider Time => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();

    public SeedContentImporter Importer => _services.GetRequiredService<SeedContentImporter>();

    public ContentSnapshotBuilder Snapshots => _services.GetRequiredService<ContentSnapshotBuilder>();

    public PublishedContentCache Cache => _services.GetRequiredService<PublishedContentCache>();

    public DocumentTypeCatalog Catalog => _services.GetRequiredService<DocumentTypeCatalog>();

    public static DocumentTypeCatalog DocumentTypes { get; } = DocumentTypeLoader.LoadFolder(Path.Combine(RepositoryRoot(), "umbraco-config", "document-types"));

    public static async Task<ContentTestStore> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "knowledge-content-tests", Guid.NewGuid().ToString("N"))).FullName;
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)))
            .AddSingleton(DocumentTypes)
            .AddOptions()
            .AddSingleton<PublishedContentCache>()
            .AddSingleton<ContentSnapshotBuilder>()
            .AddSingleton<ContentWriteLock>()
            .AddSingleton<SeedContentImporter>()
            .AddKnowledgeSqlite($"Data Source={Path.Combine(folder, "knowledge.db")};Pooling=False")
            .BuildServiceProvider();
        await KnowledgeDatabase.MigrateAsync(services, cancellationToken);
        return new ContentTestStore(folder, services);
    }

    public async Task<KnowledgeDbContext> OpenAsync(CancellationToken cancellationToken) =>
        await _services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContextAsync(cancellationToken);

    /// <summary>Writes a seed file below <see cref="SeedFolder"/> and returns its relative path.</summary>
    public string WriteSeed(string relativePath, string text)
    {
        var path = Path.Combine(SeedFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return relativePath;
    }

    public Task<ImportReport> ImportAsync(CancellationToken cancellationToken) => Importer.ImportAsync(SeedFolder, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sozialinfo.Knowledge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Sozialinfo.Knowledge.sln not found.");
    }
}
