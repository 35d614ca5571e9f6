using Lucene.Net.Index;
using Lucene.Net.Store;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene.Analysis;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Tests.Indexing;

public sealed class IndexRecoveryTests : IDisposable
{
    private readonly TempIndex _temp = new();

    [Fact]
    public void Open_NewFolder_RequiresRebuild()
    {
        var status = _temp.Index.GetStatus();

        Assert.Equal(IndexHealth.RebuildRequired, status.Health);
        Assert.Equal(0, status.DocumentCount);
        Assert.NotNull(status.Detail);
    }

    [Fact]
    public async Task Open_AfterRebuild_IsHealthyWithDocumentsAndSchemaVersion()
    {
        await SeedAsync();

        var status = _temp.Reopen().GetStatus();

        Assert.Equal(IndexHealth.Healthy, status.Health);
        Assert.Equal(2, status.DocumentCount);
        Assert.Equal(ContentIndexFields.SchemaVersion, status.SchemaVersion);
        Assert.NotNull(status.LastUpdated);
        Assert.Null(status.Detail);
    }

    [Fact]
    public async Task Open_TruncatedFiles_RecreatesEmptyAndRequiresRebuild()
    {
        await SeedAsync();

        var index = _temp.Reopen(folder =>
        {
            foreach (var file in System.IO.Directory.GetFiles(folder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
                stream.SetLength(stream.Length / 2);
            }
        });
        var status = index.GetStatus();
        await index.RebuildAsync([TestContent.Article(Guid.NewGuid(), "Wieder da", "Nach dem Neuaufbau gefunden.")], TestContext.Current.CancellationToken);

        Assert.Equal(IndexHealth.RebuildRequired, status.Health);
        Assert.Equal(0, status.DocumentCount);
        Assert.Contains("beschädigt", status.Detail, StringComparison.Ordinal);
        Assert.Single(index.Search(new SearchQuery { Text = "Neuaufbau" }).Hits);
        Assert.Equal(IndexHealth.Healthy, index.GetStatus().Health);
    }

    [Theory]
    [InlineData(".cfs")]
    [InlineData(".si")]
    [InlineData("segments_")]
    public async Task Open_OneFileCutShort_RecreatesEmpty(string fileName)
    {
        await SeedAsync();

        var index = _temp.Reopen(folder =>
        {
            var file = System.IO.Directory.GetFiles(folder).First(f => Path.GetFileName(f).Contains(fileName, StringComparison.Ordinal));
            using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
            stream.SetLength(stream.Length - 10);
        });

        Assert.Equal(IndexHealth.RebuildRequired, index.GetStatus().Health);
        Assert.Equal(0, index.GetStatus().DocumentCount);
    }

    [Fact]
    public async Task Open_FlippedByteInCompoundFile_RecreatesEmpty()
    {
        await SeedAsync();

        var index = _temp.Reopen(folder =>
        {
            var file = System.IO.Directory.GetFiles(folder, "*.cfs").First();
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 0xFF;
            File.WriteAllBytes(file, bytes);
        });

        Assert.Equal(IndexHealth.RebuildRequired, index.GetStatus().Health);
    }

    [Fact]
    public async Task Open_OlderSchemaVersion_RecreatesEmptyAndRequiresRebuild()
    {
        await SeedAsync();

        var index = _temp.Reopen(folder =>
        {
            using var directory = FSDirectory.Open(folder);
            using var analyzer = new GermanSearchAnalyzer();
            using var writer = new IndexWriter(directory, new IndexWriterConfig(GermanSearchAnalyzer.Version, analyzer));
            writer.SetCommitData(new IndexCommitData(ContentIndexFields.SchemaVersion - 1, TestContent.Date, Complete: true).ToDictionary());
            writer.Commit();
        });
        var status = index.GetStatus();

        Assert.Equal(IndexHealth.RebuildRequired, status.Health);
        Assert.Equal(0, status.DocumentCount);
        Assert.Contains("Schema-Version", status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SecondWriterOnSameFolder_FailsWithClearError()
    {
        var exception = Assert.Throws<SearchIndexLockedException>(() => LuceneSearchIndex.OpenFolder("ExternalIndex", _temp.Folder, TimeProvider.System));

        Assert.Contains("in use by another writer", exception.Message, StringComparison.Ordinal);
        Assert.Equal(IndexHealth.RebuildRequired, _temp.Index.GetStatus().Health);
    }

    public void Dispose() => _temp.Dispose();

    private Task SeedAsync() => _temp.Index.RebuildAsync(
        [
            TestContent.Article(Guid.NewGuid(), "Datenschutz", "Gesetz und Praxis im Sozialdienst."),
            TestContent.Article(Guid.NewGuid(), "Digitalstrategie", "Ziele und Schritte."),
        ],
        TestContext.Current.CancellationToken);
}
