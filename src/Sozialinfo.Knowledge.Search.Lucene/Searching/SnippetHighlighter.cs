using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// HTML-safe snippets: <see cref="SimpleHTMLEncoder"/> encodes all text, <see cref="SimpleHTMLFormatter"/> wraps
/// matched words in &lt;mark&gt;. Falls back to the encoded start of the lead when the body has no match.
/// </summary>
internal sealed class SnippetHighlighter(Analyzer analyzer, Query query)
{
    private const int FragmentSize = 160;
    private const int MaxFragments = 2;
    private const int MaxCharsToAnalyze = 20_000;

    private readonly Highlighter _highlighter = CreateHighlighter(query);

    public string? Snippet(string? lead, string? body)
    {
        foreach (var (field, text) in new[] { ("body", body), ("lead", lead) })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            using var tokens = analyzer.GetTokenStream(field, text);
            var fragment = _highlighter.GetBestFragments(tokens, text, MaxFragments, " … ");
            if (!string.IsNullOrWhiteSpace(fragment))
            {
                return fragment;
            }
        }

        var fallback = lead ?? body;
        return string.IsNullOrEmpty(fallback) ? null : WebUtility.HtmlEncode(fallback.Length <= FragmentSize ? fallback : fallback[..FragmentSize] + " …");
    }

    private static Highlighter CreateHighlighter(Query query)
    {
        // No field name: the query's terms come from all text fields, which share one analyzer. The query arrives
        // rewritten against the index (fuzzy clauses already expanded), so the scorer need not expand it per text.
        var scorer = new QueryScorer(query) { ExpandMultiTermQuery = false };
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentSize),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };
    }
}
