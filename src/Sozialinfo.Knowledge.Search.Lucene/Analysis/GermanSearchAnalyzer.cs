using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// The analyzer for German full text, used both when indexing and when querying:
/// StandardTokenizer -> lower case -> German normalisation -> stop words -> compound parts -> light stemmer.
/// </summary>
/// <remarks>
/// Folding: <see cref="GermanNormalizationFilter"/> (the German2 snowball heuristic) maps ä/ö/ü to a/o/u, ß to ss,
/// and the spellings ae/oe/ue to a/o/u as well (ue not after a vowel or q). So "Übersicht", "Uebersicht" and
/// "Ubersicht" all index and query as "ubersicht", and Swiss "Strasse" meets German "Straße". Stop words and
/// compound parts are folded the same way before use, so every stage compares folded forms.
/// Compounds: <see cref="DictionaryCompoundWordTokenFilter"/> keeps the original token and adds every dictionary
/// part found inside it at the same position (onlyLongestMatch false), so "Datenschutzgesetz" also indexes
/// "datenschutz", "daten", "schutz" and "gesetz". The parts come from <see cref="CompoundDictionary"/>.
/// Stemming comes last so the parts are stemmed like standalone words (GermanLightStemFilter: plural and case
/// endings, conservative enough not to merge unrelated words); parts that stem alike ("stelle", "stellen") are
/// then de-duplicated per position so they do not count twice.
/// </remarks>
internal sealed class GermanSearchAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const int MinWordSize = 6;
    private const int MinSubwordSize = 4;
    private const int MaxSubwordSize = 20;

    private readonly CharArraySet _stopWords;
    private readonly CharArraySet _compoundParts;

    public GermanSearchAnalyzer()
        : this(CompoundDictionary.Load())
    {
    }

    public GermanSearchAnalyzer(CharArraySet compoundParts)
    {
        _stopWords = GermanFolding.FoldSet(GermanAnalyzer.DefaultStopSet);
        _compoundParts = compoundParts;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new GermanNormalizationFilter(stream);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, _compoundParts, MinWordSize, MinSubwordSize, MaxSubwordSize, onlyLongestMatch: false);
        stream = new GermanLightStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
