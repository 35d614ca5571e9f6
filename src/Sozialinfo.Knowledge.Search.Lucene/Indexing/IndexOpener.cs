using Lucene.Net.Analysis;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Sozialinfo.Knowledge.Search.Lucene.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// Opens the writer of an index and checks what is on disk. The writer is opened first, so the write.lock is held
/// before any file is inspected or replaced: a second writer fails here with <see cref="SearchIndexLockedException"/>.
/// </summary>
internal static class IndexOpener
{
    /// <returns>The writer, and a German reason when the existing index could not be used (null when it can).</returns>
    public static (IndexWriter Writer, string? Problem) Open(string name, LuceneDirectory directory, Analyzer analyzer)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return (Create(name, directory, analyzer, OpenMode.CREATE), "Der Index fehlte und wurde neu angelegt.");
        }

        IndexWriter writer;
        try
        {
            writer = Create(name, directory, analyzer, OpenMode.CREATE_OR_APPEND);
        }
        catch (Exception exception) when (IsCorruption(exception))
        {
            // Even OpenMode.CREATE reads the old segments file, so clear the folder first, under the lock.
            ClearFolder(name, directory);
            return (Create(name, directory, analyzer, OpenMode.CREATE), Corrupt(exception));
        }

        try
        {
            // Every file of the last commit ends in a checksum footer (Lucene 4.8 format); reading each file once
            // finds truncated and damaged files that opening the writer does not touch, including compound-file
            // footers that SegmentReader.CheckIntegrity skips.
            var commit = new SegmentInfos();
            commit.Read(directory);
            foreach (var file in commit.GetFiles(directory, includeSegmentsFile: true))
            {
                using var input = directory.OpenInput(file, IOContext.READ_ONCE);
                CodecUtil.ChecksumEntireFile(input);
            }

            return (writer, null);
        }
        catch (Exception exception) when (IsCorruption(exception))
        {
            return (writer, Corrupt(exception));
        }
    }

    private static void ClearFolder(string name, LuceneDirectory directory)
    {
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain())
        {
            throw new SearchIndexLockedException(LockedMessage(name, directory));
        }

        foreach (var file in directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME))
        {
            directory.DeleteFile(file);
        }
    }

    private static string LockedMessage(string name, LuceneDirectory directory) =>
        $"The search index '{name}' at {directory.GetLockID()} is in use by another writer (write.lock is held). "
        + "Each process needs an index folder of its own; stop the other process or configure another folder.";

    private static IndexWriter Create(string name, LuceneDirectory directory, Analyzer analyzer, OpenMode mode)
    {
        var config = new IndexWriterConfig(GermanSearchAnalyzer.Version, analyzer)
        {
            OpenMode = mode,
            WriteLockTimeout = 0,

            // Fewer, larger flushed segments during a rebuild of tens of thousands of documents (default 16 MB).
            RAMBufferSizeMB = 64,
        };
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException exception)
        {
            throw new SearchIndexLockedException(LockedMessage(name, directory), exception);
        }
    }

    // Lucene reports damaged files through several exception types (and, for garbage bytes, sometimes plain
    // argument or state errors from the codecs); every one of them means "rebuild", never "crash".
    private static bool IsCorruption(Exception exception) => exception is not SearchIndexLockedException
        and not OutOfMemoryException
        and not OperationCanceledException
        and (IOException // includes CorruptIndexException, IndexFormatTooOld/NewException, EndOfStreamException
            or ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException);

    private static string Corrupt(Exception exception) =>
        $"Der Index war beschädigt ({exception.GetType().Name}) und wurde neu angelegt.";
}
