using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>Runs the index analyzer over query text, so queries and documents compare the same folded stems.</summary>
internal static class QueryAnalysis
{
    private const int MaxTokens = 128;

    public static IReadOnlyList<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken() && tokens.Count < MaxTokens)
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), IsPart: increment.PositionIncrement == 0));
        }

        stream.End();
        return tokens;
    }
}
