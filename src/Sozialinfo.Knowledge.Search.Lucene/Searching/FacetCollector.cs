using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Counts facet values over every matching document (Lucene.Net.Facet is not available): per segment by ordinal
/// from <see cref="FacetOrdinals"/>, turned into strings once per segment, so the cost is a few array reads per
/// match and field.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        fields.Distinct().ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private SegmentCounter[] _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = [.. _counts.Keys
            .Select(field => (Field: field, Ordinals: FacetOrdinals.For(context.AtomicReader, field)))
            .Where(f => f.Ordinals is not null)
            .Select(f => new SegmentCounter(f.Field, f.Ordinals!))];
    }

    public void Collect(int doc)
    {
        foreach (var counter in _segment)
        {
            counter.Collect(doc);
        }
    }

    /// <summary>
    /// Counts <paramref name="docs"/> (distinct documents of the current segment, any order) at once. A dense set
    /// (more than one document in <see cref="DenseShare"/>) is counted against each value's bit set; a sparse one
    /// per document, field by field.
    /// </summary>
    public void CollectAll(ReadOnlySpan<int> docs, int maxDoc)
    {
        if (_segment.Length == 0)
        {
            return;
        }

        if ((long)docs.Length * DenseShare < maxDoc)
        {
            foreach (var counter in _segment)
            {
                counter.CollectAll(docs);
            }

            return;
        }

        var words = (maxDoc + 63) >> 6;
        var matches = ArrayPool<long>.Shared.Rent(words);
        try
        {
            Array.Clear(matches, 0, words);
            foreach (var doc in docs)
            {
                matches[doc >> 6] |= 1L << (doc & 63);
            }

            foreach (var counter in _segment)
            {
                counter.CollectAll(docs, matches.AsSpan(0, words));
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(matches);
        }
    }

    /// <summary>Above one matching document in this many, bit sets count faster than ordinals.</summary>
    private const int DenseShare = 16;

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> GetCounts()
    {
        Flush();
        return _counts.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<FacetCount>)[.. pair.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => new FacetCount(v.Key, v.Value))]);
    }

    private void Flush()
    {
        foreach (var counter in _segment)
        {
            counter.AddTo(_counts[counter.Field]);
        }

        _segment = [];
    }

    private sealed class SegmentCounter(string field, FacetOrdinals ordinals)
    {
        private readonly int[] _starts = ordinals.Starts;
        private readonly int[] _ordinals = ordinals.Ordinals;
        private readonly int[] _counts = new int[ordinals.Values.Length];

        public string Field { get; } = field;

        public void Collect(int doc)
        {
            for (var index = _starts[doc]; index < _starts[doc + 1]; index++)
            {
                _counts[_ordinals[index]]++;
            }
        }

        /// <summary>Counts a dense match set: per value, the matches AND the value's documents.</summary>
        public void CollectAll(ReadOnlySpan<int> docs, ReadOnlySpan<long> matches)
        {
            if (ordinals.ValueBits is not { } valueBits)
            {
                CollectAll(docs);
                return;
            }

            for (var ord = 0; ord < valueBits.Length; ord++)
            {
                var values = valueBits[ord].AsSpan(0, matches.Length);
                var count = 0;
                for (var word = 0; word < matches.Length; word++)
                {
                    count += BitOperations.PopCount((ulong)(matches[word] & values[word]));
                }

                _counts[ord] += count;
            }
        }

        public void CollectAll(ReadOnlySpan<int> docs)
        {
            var (starts, ordinals, counts) = (_starts, _ordinals, _counts);
            foreach (var doc in docs)
            {
                for (var index = starts[doc]; index < starts[doc + 1]; index++)
                {
                    counts[ordinals[index]]++;
                }
            }
        }

        public void AddTo(Dictionary<string, int> counts)
        {
            for (var ord = 0; ord < _counts.Length; ord++)
            {
                if (_counts[ord] > 0)
                {
                    var value = ordinals.Values[ord];
                    counts[value] = counts.GetValueOrDefault(value) + _counts[ord];
                }
            }
        }
    }
}
