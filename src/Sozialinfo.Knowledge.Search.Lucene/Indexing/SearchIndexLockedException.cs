namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// The index folder is held by another writer (Lucene's write.lock): another process, or a second index instance
/// in this one. Each node keeps its own index folder, fed from the store; folders are never shared.
/// </summary>
public sealed class SearchIndexLockedException : IOException
{
    public SearchIndexLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SearchIndexLockedException()
    {
    }

    public SearchIndexLockedException(string message)
        : base(message)
    {
    }
}
