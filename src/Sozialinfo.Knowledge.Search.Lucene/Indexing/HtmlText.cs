using System.Net;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>Plain text of sanitised HTML for indexing and snippets: tags become spaces, entities are decoded.</summary>
internal static partial class HtmlText
{
    public static string ToPlainText(string html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var withoutTags = Tags().Replace(html, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
