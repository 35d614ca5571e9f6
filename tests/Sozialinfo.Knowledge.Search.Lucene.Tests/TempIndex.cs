namespace Sozialinfo.Knowledge.Search.Lucene.Tests;

/// <summary>A real index in a fresh temp folder, deleted on dispose.</summary>
internal sealed class TempIndex : IDisposable
{
    public TempIndex(string name = "ExternalIndex")
    {
        Folder = Path.Combine(Path.GetTempPath(), "sozialinfo-index-tests", Guid.NewGuid().ToString("N"));
        Name = name;
        Index = LuceneSearchIndex.OpenFolder(name, Folder, TimeProvider.System);
    }

    public string Folder { get; }

    public string Name { get; }

    public LuceneSearchIndex Index { get; private set; }

    /// <summary>Closes the index (releasing the lock) and opens the same folder again, as a restart would.</summary>
    public LuceneSearchIndex Reopen(Action<string>? whileClosed = null)
    {
        Index.Dispose();
        whileClosed?.Invoke(Folder);
        Index = LuceneSearchIndex.OpenFolder(Name, Folder, TimeProvider.System);
        return Index;
    }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
