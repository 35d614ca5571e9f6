using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// The states of a query's terms in every segment (Lucene's <see cref="TermContext"/>, for the term statistics),
/// found with one pooled <see cref="TermCursor"/> per segment and field that the scorer then reads the postings
/// with. Lucene's own path opens a new enumerator per term and segment twice (statistics, then scoring).
/// Dispose gives the cursors back.
/// </summary>
internal sealed class TermStates : IDisposable
{
    private readonly Dictionary<Term, TermContext> _contexts;
    private readonly TermCursor?[][] _cursors;

    private TermStates(Dictionary<Term, TermContext> contexts, TermCursor?[][] cursors)
    {
        _contexts = contexts;
        _cursors = cursors;
    }

    public static TermStates Build(IndexSearcher searcher, IReadOnlyList<string> fields, IEnumerable<Term> terms)
    {
        var top = searcher.TopReaderContext;
        var contexts = new Dictionary<Term, TermContext>();
        foreach (var term in terms)
        {
            contexts.TryAdd(term, new TermContext(top));
        }

        var leaves = top.Leaves;
        var cursors = new TermCursor?[leaves.Count][];
        var states = new TermStates(contexts, cursors);
        try
        {
            foreach (var leaf in leaves)
            {
                var perField = cursors[leaf.Ord] = new TermCursor?[fields.Count];
                for (var field = 0; field < fields.Count; field++)
                {
                    if (TermCursor.Rent(leaf.AtomicReader, fields[field]) is not { } cursor)
                    {
                        continue;
                    }

                    perField[field] = cursor;
                    foreach (var (term, context) in contexts)
                    {
                        if (term.Field == fields[field] && cursor.Terms.SeekExact(term.Bytes))
                        {
                            context.Register(cursor.Terms.GetTermState(), leaf.Ord, cursor.Terms.DocFreq, cursor.Terms.TotalTermFreq);
                        }
                    }
                }
            }

            return states;
        }
        catch
        {
            states.Dispose();
            throw;
        }
    }

    public TermContext Context(Term term) => _contexts[term];

    /// <summary>The cursor of <paramref name="field"/> (index into the fields given to <see cref="Build"/>) in segment <paramref name="leaf"/>; null when the segment has no such field.</summary>
    public TermCursor? Cursor(int leaf, int field) => _cursors[leaf]?[field];

    public void Dispose()
    {
        foreach (var perField in _cursors)
        {
            foreach (var cursor in perField ?? [])
            {
                cursor?.Return();
            }
        }

        Array.Clear(_cursors);
    }
}
