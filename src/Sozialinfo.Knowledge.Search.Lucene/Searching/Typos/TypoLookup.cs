using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Typos;

/// <summary>
/// The typo lookups of one search: at most <see cref="ContentQueryBuilder.MaxCorrectedWords"/> words, none after the
/// deadline (a Stopwatch timestamp), each answered by <see cref="TypoCorrections"/> for the culture's spelling field.
/// </summary>
internal sealed class TypoLookup(IndexReader reader, Analyzer analyzer, string spellingField, long deadline)
{
    private readonly Func<string, bool> _isSearchable = word => QueryAnalysis.Analyze(analyzer, ContentIndexFields.Body, word).Any(t => !t.IsPart);

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
        return TypoCorrections.Closest(reader, spellingField, typed.ToLowerInvariant(), _isSearchable);
    }
}
