using Lucene.Net.Search.Similarities;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Disjunction;

/// <summary>
/// Lucene's <see cref="DefaultSimilarity"/> term score written out, so the scorer can compute it inline from a norm
/// array instead of two virtual calls per posting. The float operations are the ones of Lucene.Net's
/// TFIDFSimilarity (IDFStats, ExactTFIDFDocScorer) in the same order, so the scores are equal to the bit; a test
/// compares them with Lucene's scorer.
/// </summary>
internal static class DefaultScoring
{
    private static readonly float[] SquareRoots = [.. Enumerable.Range(0, 64).Select(freq => (float)Math.Sqrt(freq))];

    /// <summary>Whether the searcher's similarity is exactly Lucene's default (a subclass may change any part).</summary>
    public static bool Applies(Similarity similarity) => similarity.GetType() == typeof(DefaultSimilarity);

    /// <summary>The normalized weight value (idf × query weight) of a term clause.</summary>
    public static float Value(DefaultSimilarity similarity, long docFreq, long maxDoc, float queryBoost, float queryNorm, float topLevelBoost)
    {
        var idf = similarity.Idf(docFreq, maxDoc);
        var norm = queryNorm * topLevelBoost;
        var queryWeight = idf * queryBoost * norm;
        return queryWeight * idf;
    }

    /// <summary>The value a clause adds to the query norm's sum, as IDFStats gives it before normalization.</summary>
    public static float ValueForNormalization(DefaultSimilarity similarity, long docFreq, long maxDoc, float queryBoost)
    {
        var queryWeight = similarity.Idf(docFreq, maxDoc) * queryBoost * 1f;
        return queryWeight * queryWeight;
    }

    public static float Tf(int freq) => freq < SquareRoots.Length ? SquareRoots[freq] : (float)Math.Sqrt(freq);

    /// <summary>Lucene's table from an encoded norm byte to its float.</summary>
    public static float[] NormTable(DefaultSimilarity similarity) =>
        [.. Enumerable.Range(0, 256).Select(b => similarity.DecodeNormValue(b))];
}
