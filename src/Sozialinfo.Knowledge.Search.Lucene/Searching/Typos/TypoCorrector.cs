using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Typos;

/// <summary>
/// The closest word of a spelling vocabulary (one field's terms) to a word no text contains: edit distance 1 first
/// (with transpositions, first letter fixed), distance 2 only for words over seven letters and only when no word at
/// distance 1 exists. Among equally close words the most frequent wins, as Lucene's DirectSpellChecker ranks them.
/// One Levenshtein automaton per tried distance over one field: the cost of a typo does not grow with the fields a
/// query searches.
/// </summary>
internal static class TypoCorrector
{
    public const int MinWordLength = 4;
    private const int LongWordLength = 8;

    /// <summary>Whether a typed word is one a correction is looked for: letters only, at least <see cref="MinWordLength"/> of them.</summary>
    public static bool IsCorrectable(string word) => word.Length >= MinWordLength && word.All(char.IsLetter);

    /// <summary>
    /// The closest other word in <paramref name="field"/> that <paramref name="isSearchable"/> accepts (a stop word
    /// such as "aber" finds nothing, so it is no correction), or null; <paramref name="word"/> lower-cased as the field is.
    /// </summary>
    public static string? Closest(IndexReader reader, string field, string word, Func<string, bool> isSearchable)
    {
        if (MultiFields.GetTerms(reader, field) is not { } terms)
        {
            return null;
        }

        return Closest(terms, field, word, maxEdits: 1, isSearchable)
            ?? (word.Length >= LongWordLength ? Closest(terms, field, word, maxEdits: 2, isSearchable) : null);
    }

    private static string? Closest(Terms terms, string field, string word, int maxEdits, Func<string, bool> isSearchable)
    {
        var enumerator = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), maxEdits, prefixLength: 1, transpositions: true);
        var similarity = enumerator.Attributes.AddAttribute<IBoostAttribute>();
        var target = new BytesRef(word);
        BytesRef? best = null;
        var bestSimilarity = float.NegativeInfinity;
        var bestFrequency = 0;
        while (enumerator.MoveNext())
        {
            var candidate = enumerator.Term;
            if (candidate.BytesEquals(target))
            {
                continue;
            }

            var frequency = enumerator.DocFreq;
            if ((similarity.Boost > bestSimilarity || (similarity.Boost == bestSimilarity && frequency > bestFrequency))
                && isSearchable(candidate.Utf8ToString()))
            {
                best = BytesRef.DeepCopyOf(candidate);
                bestSimilarity = similarity.Boost;
                bestFrequency = frequency;
            }
        }

        return best?.Utf8ToString();
    }
}
