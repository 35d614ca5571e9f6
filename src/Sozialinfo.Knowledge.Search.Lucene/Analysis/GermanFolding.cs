using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>Folds words exactly as the analyzers do (lower case, then <see cref="GermanNormalizationFilter"/>).</summary>
internal static class GermanFolding
{
    public static string Fold(string word)
    {
        using var reader = new StringReader(word.ToLowerInvariant());
        using var stream = new GermanNormalizationFilter(new KeywordTokenizer(reader));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var folded = stream.IncrementToken() ? term.ToString() : string.Empty;
        stream.End();
        return folded;
    }

    public static CharArraySet FoldSet(IEnumerable<string> words)
    {
        var set = new CharArraySet(GermanSearchAnalyzer.Version, 512, ignoreCase: false);
        foreach (var word in words)
        {
            var folded = Fold(word);
            if (folded.Length > 0)
            {
                set.Add(folded);
            }
        }

        return set;
    }
}
