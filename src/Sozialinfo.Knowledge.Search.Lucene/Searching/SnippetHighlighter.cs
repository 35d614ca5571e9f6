using System.Net;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// HTML-safe snippets: up to two fragments of about <see cref="FragmentSize"/> characters around the densest
/// matches (most distinct matched words first), all text HTML-encoded, matched words wrapped in &lt;mark&gt;.
/// Falls back to the lead when the body has no match, then to the encoded start of the lead.
/// </summary>
/// <remarks>
/// The terms come from the query as rewritten against the index (fuzzy clauses already expanded to real terms), and
/// words are matched by <see cref="SnippetWords"/> instead of re-analysing each hit's text: Lucene's Highlighter
/// with a QueryScorer analysed the whole body of each of the ten hits with compound decomposition, which cost more
/// than the search itself.
/// </remarks>
internal sealed class SnippetHighlighter
{
    private const int FragmentSize = 160;
    private const int MaxFragments = 2;
    private const int MaxCharsToAnalyze = 20_000;

    /// <summary>How far a fragment may start before its first match, so the match is not the very first word.</summary>
    private const int LeadingContext = 40;

    private const string Separator = " … ";

    private static readonly HashSet<string> TextFields = [.. FieldWeights.Text.Select(f => f.Field)];

    private readonly SnippetWords _words;

    public SnippetHighlighter(Query rewrittenQuery)
    {
        var terms = new HashSet<Term>();
        rewrittenQuery.ExtractTerms(terms);
        _words = new SnippetWords(terms.Where(t => TextFields.Contains(t.Field)).Select(t => t.Text));
    }

    public string? Snippet(string? lead, string? body)
    {
        foreach (var text in new[] { body, lead })
        {
            if (!string.IsNullOrEmpty(text) && !_words.IsEmpty && Highlight(text) is { } snippet)
            {
                return snippet;
            }
        }

        var fallback = lead ?? body;
        return string.IsNullOrEmpty(fallback) ? null : WebUtility.HtmlEncode(fallback.Length <= FragmentSize ? fallback : fallback[..FragmentSize] + " …");
    }

    private string? Highlight(string text)
    {
        var matches = _words.Matches(text, MaxCharsToAnalyze);
        if (matches.Count == 0)
        {
            return null;
        }

        var fragments = new List<(int Start, int End)>(MaxFragments);
        for (var fragment = 0; fragment < MaxFragments; fragment++)
        {
            if (BestFragment(text, matches, fragments) is not { } best)
            {
                break;
            }

            fragments.Add(best);
        }

        var html = new StringBuilder(fragments.Count * (FragmentSize + 64));
        foreach (var (start, end) in fragments.OrderBy(f => f.Start))
        {
            if (html.Length > 0)
            {
                html.Append(Separator);
            }

            AppendFragment(html, text, start, end, matches);
        }

        return html.ToString();
    }

    /// <summary>The window with the most distinct matched words (then the most matches) not overlapping a chosen one.</summary>
    private static (int Start, int End)? BestFragment(string text, List<(int Start, int End)> matches, List<(int Start, int End)> chosen)
    {
        (int Start, int End)? best = null;
        var bestScore = 0;
        var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var words = distinct.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var first = 0; first < matches.Count; first++)
        {
            var start = WordStartAtOrAfter(text, Math.Max(0, matches[first].Start - LeadingContext), matches[first].Start);
            var end = WordEndAtOrBefore(text, Math.Min(text.Length, start + FragmentSize), matches[first].End);
            while (end > matches[first].End && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            if (Overlaps(chosen, start, end))
            {
                continue;
            }

            // Looked up by span: only a word new to the window becomes a string (this loop runs per match and window).
            distinct.Clear();
            var count = 0;
            for (var next = first; next < matches.Count && matches[next].End <= end; next++)
            {
                words.Add(text.AsSpan(matches[next].Start, matches[next].End - matches[next].Start));
                count++;
            }

            var score = (distinct.Count * 1000) + count;
            if (score > bestScore)
            {
                (best, bestScore) = ((start, end), score);
            }
        }

        return best;
    }

    private static bool Overlaps(List<(int Start, int End)> chosen, int start, int end)
    {
        foreach (var (chosenStart, chosenEnd) in chosen)
        {
            if (start < chosenEnd && chosenStart < end)
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendFragment(StringBuilder html, string text, int start, int end, List<(int Start, int End)> matches)
    {
        var position = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            if (matchStart < start || matchEnd > end)
            {
                continue;
            }

            html.Append(WebUtility.HtmlEncode(text[position..matchStart]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[matchStart..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(WebUtility.HtmlEncode(text[position..end]));
    }

    /// <summary>The first word start at or after <paramref name="from"/> (never past the match at <paramref name="latest"/>).</summary>
    private static int WordStartAtOrAfter(string text, int from, int latest)
    {
        if (from == 0 || !char.IsLetterOrDigit(text[from - 1]))
        {
            return from;
        }

        var index = from;
        while (index < latest && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        while (index < latest && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The last word end at or before <paramref name="to"/> (never before the match ending at <paramref name="earliest"/>).</summary>
    private static int WordEndAtOrBefore(string text, int to, int earliest)
    {
        if (to >= text.Length || char.IsWhiteSpace(text[to]))
        {
            return to;
        }

        var index = to;
        while (index > earliest && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index > earliest ? index : to;
    }
}
