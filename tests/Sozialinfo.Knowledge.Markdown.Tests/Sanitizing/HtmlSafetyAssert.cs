using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sozialinfo.Knowledge.Markdown.Tests.Sanitizing;

/// <summary>
/// Parses HTML as a browser would and fails on anything executable: elements outside the allow-list (script, svg,
/// iframe, ...), event handler attributes, styles other than text-align, and URLs whose scheme is not http, https or
/// mailto (the scheme is read as the URL standard does: control characters and spaces trimmed, tabs and newlines removed).
/// </summary>
internal static class HtmlSafetyAssert
{
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt",
        "dd", "input", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "em", "strong", "del", "ins",
        "mark", "sub", "sup", "abbr", "div",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "class", "href", "title", "src", "alt", "style", "align", "colspan", "rowspan", "start", "type", "checked",
        "disabled", "rel",
    };

    private static readonly HashSet<string> LinkSchemes = new(StringComparer.Ordinal) { "http", "https", "mailto" };

    private static readonly HashSet<string> ImageSchemes = new(StringComparer.Ordinal) { "http", "https" };

    public static void IsSafe(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head></head><body>{html}</body></html>");
        Assert.Empty(document.Head!.ChildNodes);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.True(Elements.Contains(element.LocalName), $"element <{element.LocalName}> in: {html}");
            foreach (var attribute in element.Attributes)
            {
                CheckAttribute(element, attribute, html);
            }

            if (element.LocalName == "input")
            {
                Assert.Equal("checkbox", element.GetAttribute("type"));
                Assert.True(element.HasAttribute("disabled"), $"enabled input in: {html}");
            }
        }
    }

    /// <summary>The scheme of a URL, lower case, or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = new string([.. url.Where(c => c is not ('\t' or '\n' or '\r'))]).Trim(ControlOrSpace());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(cleaned[0]))
        {
            return null;
        }

        var scheme = cleaned[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }

    private static void CheckAttribute(IElement element, IAttr attribute, string html)
    {
        var name = attribute.Name;
        Assert.False(name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"handler {name} in: {html}");
        Assert.True(Attributes.Contains(name), $"attribute {name} on <{element.LocalName}> in: {html}");
        if (name == "style")
        {
            Assert.Matches("^(text-align: (left|center|right);? ?)+$", attribute.Value);
        }

        if (name is "href" or "src")
        {
            var scheme = SchemeOf(attribute.Value);
            var allowed = element.LocalName == "img" ? ImageSchemes : LinkSchemes;
            Assert.True(scheme is null || allowed.Contains(scheme), $"{name}=\"{attribute.Value}\" in: {html}");
        }
    }

    private static char[] ControlOrSpace() => [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
