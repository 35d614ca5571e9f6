using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// Owns one index: its single <see cref="IndexWriter"/> (holding the folder's write.lock for the process lifetime)
/// and a near-real-time <see cref="SearcherManager"/>. Every change is committed and the searcher refreshed before
/// the call returns. On open, a missing, older-schema, incomplete or corrupt index is recreated empty and reported
/// as <see cref="IndexHealth.RebuildRequired"/>; opening never fails for bad index files, only for a held lock.
/// </summary>
internal sealed class LuceneIndexManager : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searcherManager;
    private IndexCommitData _commitData;

    public LuceneIndexManager(string name, LuceneDirectory directory, Analyzer analyzer, TimeProvider timeProvider)
    {
        Name = name;
        _directory = directory;
        _timeProvider = timeProvider;
        (_writer, Detail) = IndexOpener.Open(name, directory, analyzer);
        _commitData = IndexCommitData.Read(_writer.CommitData);
        if (Detail is not null || !_commitData.Complete || _commitData.SchemaVersion != ContentIndexFields.SchemaVersion)
        {
            Detail ??= _commitData.SchemaVersion != ContentIndexFields.SchemaVersion
                ? $"Der Index hatte die Schema-Version {_commitData.SchemaVersion}, erwartet ist {ContentIndexFields.SchemaVersion}."
                : "Der Index ist unvollständig (ein Neuaufbau wurde nicht abgeschlossen).";
            _writer.DeleteAll();
            _commitData = new IndexCommitData(ContentIndexFields.SchemaVersion, timeProvider.GetUtcNow(), Complete: false);
            _writer.SetCommitData(_commitData.ToDictionary());
            _writer.Commit();
        }

        _searcherManager = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Opens (or creates) an index in a folder of its own, locked with Lucene's native file lock.</summary>
    public static LuceneIndexManager OpenFolder(string name, string folder, Analyzer analyzer, TimeProvider timeProvider)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = IndexDirectory.Open(folder);
        try
        {
            return new LuceneIndexManager(name, directory, analyzer, timeProvider);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public string Name { get; }

    public IndexHealth Health => _commitData.Complete ? IndexHealth.Healthy : IndexHealth.RebuildRequired;

    /// <summary>Why the index had to be recreated, in German for the editors' status page; null when healthy.</summary>
    public string? Detail { get; private set; }

    public IndexStatus GetStatus()
    {
        var searcher = _searcherManager.Acquire();
        try
        {
            return new IndexStatus(Name, searcher.IndexReader.NumDocs, _commitData.LastUpdated, Health, _commitData.SchemaVersion, Health == IndexHealth.Healthy ? null : Detail);
        }
        finally
        {
            _searcherManager.Release(searcher);
        }
    }

    /// <summary>Runs <paramref name="change"/> on the writer, commits and refreshes the searcher; serialised.</summary>
    public async Task WriteAsync(Action<IndexWriter> change, bool completesIndex, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                change(_writer);
            }
            catch
            {
                // IndexWriter.Rollback would close the writer. The half-applied change stays buffered and is committed
                // with the next change, so mark the index incomplete: it reports RebuildRequired until a full rebuild.
                _commitData = _commitData with { Complete = false };
                Detail = "Eine Änderung am Index ist fehlgeschlagen; der Index muss neu aufgebaut werden.";
                throw;
            }

            var next = new IndexCommitData(ContentIndexFields.SchemaVersion, _timeProvider.GetUtcNow(), completesIndex || _commitData.Complete);
            _writer.SetCommitData(next.ToDictionary());
            _writer.Commit();
            _commitData = next;
            if (completesIndex)
            {
                Detail = null;
            }

            _searcherManager.MaybeRefreshBlocking();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a read against the current searcher (always includes the last committed change).</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searcherManager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searcherManager.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searcherManager.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _gate.Dispose();
    }
}
