using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// One segment's facet values of one field as plain arrays: each document's ordinals (compressed rows: document d
/// owns <c>Ordinals[Starts[d]..Starts[d + 1]]</c>) and each ordinal's value. Read once per segment from doc values
/// and kept with the segment's core (weakly, so it goes when the segment is merged away). Why: reading doc values
/// per matching document cost about 85 ns per field in Lucene.Net, which made counting facets over 50,000 matches
/// slower than the search itself; an array lookup costs a few nanoseconds.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly SegmentFieldCache<FacetOrdinals?> Segments = new(Load);

    /// <summary>Bit sets per value are kept only for fields with at most this many values (memory: values x documents / 8 bytes).</summary>
    public const int MaxValuesWithBits = 512;

    private readonly Lazy<long[][]?> _valueBits;

    private FacetOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
        _valueBits = new Lazy<long[][]?>(BuildValueBits, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Per value, the documents holding it as a bit set (64 documents per word); null above
    /// <see cref="MaxValuesWithBits"/> values. Counting a dense match set against these is a few AND-and-popcount
    /// passes instead of an array increment per match and value.
    /// </summary>
    public long[][]? ValueBits => _valueBits.Value;

    public int[] Starts { get; }

    public int[] Ordinals { get; }

    /// <summary>The value of each ordinal.</summary>
    public string[] Values { get; }

    private long[][]? BuildValueBits()
    {
        if (Values.Length > MaxValuesWithBits)
        {
            return null;
        }

        var documents = Starts.Length - 1;
        var bits = new long[Values.Length][];
        for (var ord = 0; ord < bits.Length; ord++)
        {
            bits[ord] = new long[(documents + 63) >> 6];
        }

        for (var doc = 0; doc < documents; doc++)
        {
            for (var index = Starts[doc]; index < Starts[doc + 1]; index++)
            {
                bits[Ordinals[index]][doc >> 6] |= 1L << (doc & 63);
            }
        }

        return bits;
    }

    /// <summary>The field's ordinals in <paramref name="reader"/>'s segment; null when the segment has no such doc values.</summary>
    public static FacetOrdinals? For(AtomicReader reader, string field) => Segments.Get(reader, field);

    private static FacetOrdinals? Load(AtomicReader reader, string field)
    {
        var multi = reader.GetSortedSetDocValues(field);
        var single = multi is null ? reader.GetSortedDocValues(field) : DocValues.UnwrapSingleton(multi);
        if (multi is null && single is null)
        {
            return null;
        }

        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            if (single is not null)
            {
                if (single.GetOrd(doc) is var ord and >= 0)
                {
                    ordinals.Add(ord);
                }

                continue;
            }

            multi!.SetDocument(doc);
            for (var ord = multi.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = multi.NextOrd())
            {
                ordinals.Add((int)ord);
            }
        }

        starts[reader.MaxDoc] = ordinals.Count;
        var valueCount = single?.ValueCount ?? (int)multi!.ValueCount;
        var values = new string[valueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < valueCount; ord++)
        {
            if (single is not null)
            {
                single.LookupOrd(ord, bytes);
            }
            else
            {
                multi!.LookupOrd(ord, bytes);
            }

            values[ord] = bytes.Utf8ToString();
        }

        return new FacetOrdinals(starts, [.. ordinals], values);
    }
}
