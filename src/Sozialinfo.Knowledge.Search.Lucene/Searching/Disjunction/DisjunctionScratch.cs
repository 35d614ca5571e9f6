using System.Collections.Concurrent;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// Per-document work arrays of <see cref="TermDisjunctionScorer"/>, pooled across searches and kept all zero
/// between uses (the scorer clears what it wrote), so a search neither allocates nor clears whole arrays.
/// </summary>
internal sealed class DisjunctionScratch
{
    // A queue and a counter: ConcurrentBag's Count takes every thread's lock.
    private static readonly ConcurrentQueue<DisjunctionScratch> Pool = new();
    // Enough for the searches that run at once under load (a new scratch is a large-object allocation: about 33 bytes
    // per document of the largest segment).
    private static readonly int MaxPooled = (Environment.ProcessorCount * 4) + 16;
    private static int _pooled;

    public double[] WordSums { get; private set; } = [];

    public double[] Sums { get; private set; } = [];

    public byte[] MatchedWords { get; private set; } = [];

    public int[] LastWord { get; private set; } = [];

    public int[] WordDocs { get; private set; } = [];

    public int[] Touched { get; private set; } = [];

    public static DisjunctionScratch Rent()
    {
        if (!Pool.TryDequeue(out var scratch))
        {
            return new DisjunctionScratch();
        }

        Interlocked.Decrement(ref _pooled);
        return scratch;
    }

    public static void Return(DisjunctionScratch scratch)
    {
        if (Interlocked.Increment(ref _pooled) > MaxPooled)
        {
            Interlocked.Decrement(ref _pooled);
            return;
        }

        Pool.Enqueue(scratch);
    }

    /// <summary>Grows the arrays (zeroed) to hold a segment of <paramref name="maxDoc"/> documents.</summary>
    public DisjunctionScratch For(int maxDoc)
    {
        if (Sums.Length < maxDoc)
        {
            WordSums = new double[maxDoc];
            Sums = new double[maxDoc];
            MatchedWords = new byte[maxDoc];
            LastWord = new int[maxDoc];
            WordDocs = new int[maxDoc];
            Touched = new int[maxDoc];
        }

        return this;
    }

    /// <summary>Zeroes the entries of the <paramref name="touchedCount"/> matched documents and of the last word's <paramref name="wordCount"/> documents.</summary>
    public void Clear(int[] touched, int touchedCount, int[] wordDocs, int wordCount)
    {
        for (var index = 0; index < touchedCount; index++)
        {
            var doc = touched[index];
            Sums[doc] = 0;
            MatchedWords[doc] = 0;
            LastWord[doc] = 0;
        }

        for (var index = 0; index < wordCount; index++)
        {
            var doc = wordDocs[index];
            WordSums[doc] = 0;
            LastWord[doc] = 0;
        }
    }
}
