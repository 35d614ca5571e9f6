using System.Net;
using System.Text;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>
/// A cheap HTML conversion of exactly the Markdown subset the synthetic corpus writes (## headings, - and 1. lists,
/// paragraphs), with the heading ids and word count the platform renderer would give: about 50 times faster than
/// the platform's Markdig + sanitiser pipeline, for quick runs (<c>--render simple</c>).
/// </summary>
internal static class SimpleHtml
{
    public static RenderedMarkdown Render(string markdown)
    {
        var html = new StringBuilder(markdown.Length + 1024);
        var headings = new List<TableOfContentsEntry>();
        string? openList = null;
        var words = 0;
        foreach (var block in markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var line in block.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var (tag, text) = line switch
                {
                    _ when line.StartsWith("## ", StringComparison.Ordinal) => ("h2", line[3..]),
                    _ when line.StartsWith("- ", StringComparison.Ordinal) => ("ul", line[2..]),
                    _ when line.Length > 2 && char.IsAsciiDigit(line[0]) && line.IndexOf(". ", StringComparison.Ordinal) is > 0 and var dot => ("ol", line[(dot + 2)..]),
                    _ => ("p", line),
                };
                words += text.Count(c => c == ' ') + 1;
                openList = SwitchList(html, openList, tag is "ul" or "ol" ? tag : null);
                var encoded = WebUtility.HtmlEncode(text);
                if (tag == "h2")
                {
                    var id = Slug(text, headings.Count);
                    headings.Add(new TableOfContentsEntry(2, id, text));
                    html.Append("<h2 id=\"").Append(id).Append("\">").Append(encoded).Append("</h2>\n");
                }
                else
                {
                    html.Append(tag == "p" ? "<p>" : "<li>").Append(encoded).Append(tag == "p" ? "</p>\n" : "</li>\n");
                }
            }

            openList = SwitchList(html, openList, null);
        }

        return new RenderedMarkdown(html.ToString(), headings, Math.Max(1, (words + 199) / 200), words);
    }

    private static string? SwitchList(StringBuilder html, string? open, string? wanted)
    {
        if (open == wanted)
        {
            return open;
        }

        if (open is not null)
        {
            html.Append("</").Append(open).Append(">\n");
        }

        if (wanted is not null)
        {
            html.Append('<').Append(wanted).Append(">\n");
        }

        return wanted;
    }

    private static string Slug(string text, int index) =>
        string.Concat(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')) + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
