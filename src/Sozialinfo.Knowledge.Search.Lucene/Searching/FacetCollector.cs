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
