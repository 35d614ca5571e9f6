using System.Net;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>
/// A small, regex-based reader for the site's own HTML (well-formed, no inline script): headings, ids, links and the
/// inner HTML of an element found by tag name and an attribute fragment. Enough to check structure without a parser.
/// </summary>
internal sealed partial class HtmlPage(string html)
{
    public string Html { get; } = html;

    public IReadOnlyList<Heading> Headings =>
        [.. HeadingPattern().Matches(Html).Select(m => new Heading(
            int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture),
            AttributePattern("id").Match(m.Groups["attributes"].Value) is { Success: true } id ? id.Groups[1].Value : null,
            Text(m.Groups["inner"].Value)))];

    public IReadOnlyList<string> Ids => [.. IdPattern().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    public IReadOnlyList<Link> Links => LinksIn(Html);

    public int Count(string tagName) => Regex.Count(Html, $"<{tagName}[\\s>]", RegexOptions.IgnoreCase);

    /// <summary>The inner HTML of the first element whose start tag has the name and contains the fragment; null if none.</summary>
    public string? Element(string tagName, string startTagFragment = "")
    {
        var starts = Regex.Matches(Html, $"<{tagName}(\\s[^>]*)?>", RegexOptions.IgnoreCase);
        var start = starts.FirstOrDefault(m => m.Value.Contains(startTagFragment, StringComparison.Ordinal));
        if (start is null)
        {
            return null;
        }

        var depth = 1;
        var tags = Regex.Matches(Html[(start.Index + start.Length)..], $"<(?<close>/)?{tagName}[\\s>]", RegexOptions.IgnoreCase);
        foreach (Match tag in tags)
        {
            depth += tag.Groups["close"].Success ? -1 : 1;
            if (depth == 0)
            {
                return Html.Substring(start.Index + start.Length, tag.Index);
            }
        }

        return null;
    }

    public static IReadOnlyList<Link> LinksIn(string html) =>
        [.. LinkPattern().Matches(html).Select(m => new Link(WebUtility.HtmlDecode(m.Groups["href"].Value), Text(m.Groups["inner"].Value), m.Value))];

    public static string Text(string html) =>
        WhitespacePattern().Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty)), " ").Trim();

    private static Regex AttributePattern(string name) => new($"\\s{name}=\"([^\"]*)\"");

    [GeneratedRegex("<h(?<level>[1-6])(?<attributes>\\s[^>]*)?>(?<inner>.*?)</h\\k<level>>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("<[a-zA-Z][^>]*\\sid=\"([^\"]*)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("<a\\s[^>]*href=\"(?<href>[^\"]*)\"[^>]*>(?<inner>.*?)</a>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhitespacePattern();

    public sealed record Heading(int Level, string? Id, string Text);

    public sealed record Link(string Href, string Text, string Markup);
}
