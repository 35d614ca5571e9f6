namespace Sozialinfo.Knowledge.Benchmarks.Search.Corpus;

/// <summary>
/// A deterministic corpus of German articles (about 600 words each, 20 dossiers) for search benchmarks. The same
/// count and seed always give the same articles, in the same order, so runs and engines can be compared.
/// </summary>
public static class SyntheticCorpus
{
    public const int DossierCount = 20;

    public static IEnumerable<SyntheticArticle> Generate(int count, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var writer = new ArticleWriter(new Random(seed));
        for (var index = 0; index < count; index++)
        {
            yield return writer.Write();
        }
    }
}
