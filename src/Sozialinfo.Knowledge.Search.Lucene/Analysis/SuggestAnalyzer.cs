using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// Type-ahead terms: words of titles and tags, lower-cased and folded like <see cref="GermanSearchAnalyzer"/> but
/// neither stemmed nor stripped of stop words, so a prefix typed by a reader matches the word as written.
/// </summary>
internal sealed class SuggestAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(GermanSearchAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(GermanSearchAnalyzer.Version, tokenizer);
        stream = new GermanNormalizationFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
