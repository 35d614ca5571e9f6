using Lucene.Net.Index;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// One segment's encoded length norms of one field as a byte array, read once and kept with the segment's core
/// (weakly, so it goes with the segment). Lucene.Net reads a norm through a virtual doc-values call per posting;
/// an array read lets <see cref="TermDisjunctionScorer"/> score DefaultSimilarity inline.
/// </summary>
internal static class SegmentNorms
{
    private static readonly SegmentFieldCache<byte[]?> Segments = new(Load);

    /// <summary>The field's norm byte per document; null when the field has no norms in this segment.</summary>
    public static byte[]? For(AtomicReader reader, string field) => Segments.Get(reader, field);

    private static byte[]? Load(AtomicReader reader, string field)
    {
        if (reader.GetNormValues(field) is not { } norms)
        {
            return null;
        }

        var bytes = new byte[reader.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            bytes[doc] = (byte)norms.Get(doc);
        }

        return bytes;
    }
}
