using System.Diagnostics;
using Lucene.Net.Index;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Typos;

/// <summary>
/// The typo lookups of one search: at most <see cref="ContentQueryBuilder.MaxCorrectedWords"/> words, none after the
/// deadline (a Stopwatch timestamp), each answered by <see cref="TypoCorrections"/> for the culture's spelling field.
/// </summary>
internal sealed class TypoLookup(IndexReader reader, string spellingField, long deadline)
{
    private int _lookups;

    /// <summary>Whether a word went without its lookup because the deadline had passed.</summary>
    public bool CutShort { get; private set; }

    /// <summary>The closest indexed word to <paramref name="typed"/> (lower-cased), or null: not correctable, over the cap, past the deadline or nothing close.</summary>
    public string? Correct(string typed)
    {
        if (!TypoCorrector.IsCorrectable(typed) || _lookups == ContentQueryBuilder.MaxCorrectedWords)
        {
            return null;
        }

        if (Stopwatch.GetTimestamp() > deadline)
        {
            CutShort = true;
            return null;
        }

        _lookups++;
        return TypoCorrections.Closest(reader, spellingField, typed.ToLowerInvariant());
    }
}
