using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Counts facet values over every matching document from doc values (Lucene.Net.Facet is not available): per
/// segment by ordinal, turned into strings once per segment, so the cost is one array increment per match and field.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        fields.Distinct().ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly List<SegmentCounter> _segment = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var field in _counts.Keys)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(field);
            var single = values is null ? context.AtomicReader.GetSortedDocValues(field) : null;
            if (values is not null || single is not null)
            {
                _segment.Add(new SegmentCounter(field, values, single));
            }
        }
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

        _segment.Clear();
    }

    private sealed class SegmentCounter(string field, SortedSetDocValues? multi, SortedDocValues? single)
    {
        private readonly int[] _ordinals = new int[multi?.ValueCount ?? single?.ValueCount ?? 0];

        public string Field { get; } = field;

        public void Collect(int doc)
        {
            if (multi is not null)
            {
                multi.SetDocument(doc);
                for (var ord = multi.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = multi.NextOrd())
                {
                    _ordinals[ord]++;
                }
            }
            else if (single!.GetOrd(doc) is var ord and >= 0)
            {
                _ordinals[ord]++;
            }
        }

        public void AddTo(Dictionary<string, int> counts)
        {
            var bytes = new BytesRef();
            for (var ord = 0; ord < _ordinals.Length; ord++)
            {
                if (_ordinals[ord] == 0)
                {
                    continue;
                }

                if (multi is not null)
                {
                    multi.LookupOrd(ord, bytes);
                }
                else
                {
                    single!.LookupOrd(ord, bytes);
                }

                var value = bytes.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + _ordinals[ord];
            }
        }
    }
}
