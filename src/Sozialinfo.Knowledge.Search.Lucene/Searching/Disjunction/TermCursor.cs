using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// A terms enumerator of one field in one segment with the postings enumerator last read through it, pooled per
/// segment core and field so searches reuse them. Why: every new enumerator clones its index input, and in
/// Lucene.Net 4.8.0-beta00017 each clone is registered in a ConditionalWeakTable (lucenenet issue #1151); at
/// about a hundred clones per search that registration, its lock and the dependent handles it leaves for the GC
/// cost more than reading the postings.
/// </summary>
internal sealed class TermCursor
{
    /// <summary>Cursors kept per segment and field; more than this many concurrent searches open fresh ones.</summary>
    private const int MaxPooled = 64;

    private static readonly SegmentFieldCache<Pool> Pools = new((_, _) => new Pool());

    private readonly Pool _pool;

    private TermCursor(TermsEnum terms, Pool pool)
    {
        Terms = terms;
        _pool = pool;
    }

    public TermsEnum Terms { get; }

    /// <summary>The postings enumerator to pass as "reuse" for the next term of this field and segment.</summary>
    public DocsEnum? Postings { get; set; }

    private readonly List<DocsAndPositionsEnum> _positions = [];

    /// <summary>The <paramref name="slot"/>th positions enumerator kept for reuse (one per term of a phrase), or null.</summary>
    public DocsAndPositionsEnum? ReusablePositions(int slot) => slot < _positions.Count ? _positions[slot] : null;

    /// <summary>Keeps <paramref name="positions"/> in <paramref name="slot"/> for the next phrase of this field and segment.</summary>
    public DocsAndPositionsEnum KeepPositions(int slot, DocsAndPositionsEnum positions)
    {
        if (slot < _positions.Count)
        {
            _positions[slot] = positions;
        }
        else
        {
            _positions.Add(positions);
        }

        return positions;
    }

    /// <summary>A cursor over <paramref name="field"/> of <paramref name="reader"/>'s segment; null when the segment has no such field. Give it back with <see cref="Return"/>.</summary>
    public static TermCursor? Rent(AtomicReader reader, string field)
    {
        var pool = Pools.Get(reader, field);
        if (pool.TryTake() is { } cursor)
        {
            return cursor;
        }

        return reader.GetTerms(field)?.GetEnumerator() is { } terms ? new TermCursor(terms, pool) : null;
    }

    public void Return() => _pool.Add(this);

    /// <summary>A bounded lock-free pool (ConcurrentBag takes locks when a thread takes what another returned).</summary>
    private sealed class Pool
    {
        private readonly ConcurrentQueue<TermCursor> _cursors = new();
        private int _count;

        public TermCursor? TryTake()
        {
            if (!_cursors.TryDequeue(out var cursor))
            {
                return null;
            }

            Interlocked.Decrement(ref _count);
            return cursor;
        }

        public void Add(TermCursor cursor)
        {
            if (Interlocked.Increment(ref _count) > MaxPooled)
            {
                Interlocked.Decrement(ref _count);
                return;
            }

            _cursors.Enqueue(cursor);
        }
    }
}
