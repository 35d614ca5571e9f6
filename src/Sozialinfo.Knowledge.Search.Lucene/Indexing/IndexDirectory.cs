using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// The index folder as Lucene sees it: memory-mapped (FSDirectory's default on 64-bit Linux) for terms, postings,
/// norms and doc values, but plain buffered file reads for the stored fields (<c>.fdt</c>, <c>.fdx</c>).
/// Why: a hit's title, lead and body are LZ4-decompressed byte by byte, and in Lucene.Net 4.8.0-beta00017 a
/// byte read from a memory-mapped input goes through J2N's bounds-checked buffer (lucenenet issue #1151); under
/// load that decompression was half of an uncached search's time. A buffered input reads 1 KB at a time into an
/// array. Segments written as compound files (small ones) stay memory-mapped as a whole.
/// </summary>
internal static class IndexDirectory
{
    private static readonly HashSet<string> StoredFieldExtensions = ["fdt", "fdx"];

    public static LuceneDirectory Open(string folder)
    {
        var info = new DirectoryInfo(folder);
        var mapped = FSDirectory.Open(info, new NativeFSLockFactory());
        try
        {
            var buffered = new SimpleFSDirectory(info, new NativeFSLockFactory());
            return new FileSwitchDirectory(StoredFieldExtensions, buffered, mapped, doClose: true);
        }
        catch
        {
            mapped.Dispose();
            throw;
        }
    }
}
