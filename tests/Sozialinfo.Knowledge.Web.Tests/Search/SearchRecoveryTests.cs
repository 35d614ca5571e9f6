using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>
/// Start-up only serves a complete index: after a first run, the index files in the data folder are damaged (or
/// removed), and a new app on the same folder rebuilds them from the store by itself before answering.
/// </summary>
public sealed class SearchRecoveryTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("knowledge-search-recovery-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_CorruptIndexFiles_RebuildsFromTheStoreAndSearches()
    {
        var firstRun = await RunAsync(client => Task.CompletedTask);

        var truncated = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_dataFolder, "search"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "write.lock"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Write);
            stream.SetLength(stream.Length / 2);
            truncated++;
        }

        Assert.True(truncated >= 6, $"only {truncated} index files found");

        var secondRun = await RunAsync(async client =>
        {
            Assert.Equal(SearchApi.Bearbeitungsverzeichnis, (await client.SearchAsync("q=Bearbeitungsverzeichnis")).Ids()[0]);
            Assert.True((await client.SearchAsync("q=Datenshutz")).Total() > 0);
        });

        AssertRebuilt(firstRun, secondRun);
    }

    [Fact]
    public async Task Start_IndexFolderDeleted_RebuildsFromTheStore()
    {
        var firstRun = await RunAsync(client => Task.CompletedTask);
        Directory.Delete(Path.Combine(_dataFolder, "search", SearchIndexNames.ExternalIndex), recursive: true);

        var secondRun = await RunAsync(async client =>
            Assert.Equal(SearchApi.Bearbeitungsverzeichnis, (await client.SearchAsync("q=Bearbeitungsverzeichnis")).Ids()[0]));

        Assert.Equal(firstRun[SearchIndexNames.ExternalIndex].DocumentCount, secondRun[SearchIndexNames.ExternalIndex].DocumentCount);
        Assert.Equal(IndexHealth.Healthy, secondRun[SearchIndexNames.ExternalIndex].Health);
    }

    [Fact]
    public async Task Start_SecondAppOnTheSameDataFolder_StopsBecauseTheIndexIsLocked()
    {
        await using var running = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Persistence:DataFolder"] = _dataFolder });
        using var client = running.CreateClient();
        await using var second = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Persistence:DataFolder"] = _dataFolder });

        var exception = Record.Exception(() => second.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains(Chain(exception), e => e is Knowledge.Search.Lucene.Indexing.SearchIndexLockedException);
        Assert.Equal(SearchApi.Bearbeitungsverzeichnis, (await client.SearchAsync("q=Bearbeitungsverzeichnis")).Ids()[0]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private static IEnumerable<Exception> Chain(Exception exception) =>
        exception is AggregateException aggregate
            ? aggregate.InnerExceptions.SelectMany(Chain).Prepend(exception)
            : exception.InnerException is { } inner ? Chain(inner).Prepend(exception) : [exception];

    private static void AssertRebuilt(Dictionary<string, IndexStatus> firstRun, Dictionary<string, IndexStatus> secondRun)
    {
        foreach (var (name, before) in firstRun)
        {
            var after = secondRun[name];
            Assert.Equal(IndexHealth.Healthy, after.Health);
            Assert.Equal(before.DocumentCount, after.DocumentCount);
            Assert.True(after.LastUpdated > before.LastUpdated, $"{name} was not rebuilt");
        }
    }

    /// <summary>Starts the app on the shared data folder, runs <paramref name="use"/> and stops it (releasing the index locks).</summary>
    private async Task<Dictionary<string, IndexStatus>> RunAsync(Func<HttpClient, Task> use)
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Persistence:DataFolder"] = _dataFolder });
        using var client = factory.CreateClient();
        using (var status = await client.GetAsync("/api/search/status", withKey: true))
        {
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        }

        await use(client);
        return new[] { SearchIndexNames.ExternalIndex, SearchIndexNames.InternalIndex, SearchIndexNames.DeliveryApiContentIndex }
            .ToDictionary(name => name, name => factory.Services.GetRequiredKeyedService<ISearchIndex>(name).GetStatus());
    }
}
