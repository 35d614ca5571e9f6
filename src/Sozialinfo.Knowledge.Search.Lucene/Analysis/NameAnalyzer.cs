using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// Words of a name for name filters: runs of letters and digits (so "E-Mail" is "e", "mail"), each folded plain and
/// German at the same position. No stemming, no stop words, no compound parts: a name filter matches whole words.
/// </summary>
internal sealed class NameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new LetterOrDigitTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new NameFoldingFilter(tokenizer));
    }

    private sealed class LetterOrDigitTokenizer(TextReader reader) : CharTokenizer(GermanSearchAnalyzer.Version, reader)
    {
        protected override bool IsTokenChar(int c) =>
            System.Text.Rune.IsValid(c) && System.Text.Rune.IsLetterOrDigit(new System.Text.Rune(c));
    }
}
