using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// Words as written, only lower-cased (no folding, no stemming): the vocabulary a spelling suggestion is taken from,
/// so "Meinten Sie …?" offers a real word ("datenschutz", "übersicht") rather than an index stem.
/// </summary>
internal sealed class SpellingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer));
    }
}
