using AngleSharp;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Sozialinfo.Knowledge.Markdown.Sanitizing;

/// <summary>
/// Sanitises the HTML Markdig produced, allowing only what our pipeline emits. Raw HTML is already escaped by the
/// pipeline; this is the second wall (xoofx/markdig#128: sanitise the output, do not rely on DisableHtml alone).
/// </summary>
/// <remarks>HtmlSanitizer's <c>Sanitize</c> is thread-safe as long as its configuration is not changed after setup.</remarks>
internal static class KnowledgeHtmlSanitizer
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(SanitizerAllowList.Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(SanitizerAllowList.Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(
                ["href", "src", "cite", "action", "formaction", "background", "longdesc", "poster", "xlink:href"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal),
        })
        {
            KeepChildNodes = false,
            AllowDataAttributes = false,
            // No CSS support in the parser: no style survives anyway (see OnRemovingAttribute), and parsing style
            // attributes as CSS would triple the garbage of a sanitise call.
            HtmlParserFactory = static () => new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default)),
        };
        sanitizer.RemovingAttribute += OnRemovingAttribute;
        sanitizer.FilterUrl += OnFilterUrl;
        sanitizer.PostProcessNode += OnPostProcessNode;
        return sanitizer;
    }

    // "style" is not an allowed attribute. Markdig's alignment styles on table cells, matched exactly, travel as
    // "align" instead and are turned back into a style after sanitising (see CellAlignment).
    private static void OnRemovingAttribute(object? sender, RemovingAttributeEventArgs e)
    {
        if (e.Reason == RemoveReason.NotAllowedAttribute && e.Attribute.Name == "style")
        {
            CellAlignment.StyleToAlign(e.Tag, e.Attribute.Value);
        }
    }

    private static void OnFilterUrl(object? sender, FilterUrlEventArgs e)
    {
        // Images only from the web or this site: no mailto: (and, through AllowedSchemes, no data: or javascript:).
        if (e.SanitizedUrl is { } url && e.Tag.LocalName == "img" && url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            e.SanitizedUrl = null;
        }
    }

    private static void OnPostProcessNode(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is not IElement element)
        {
            return;
        }

        if (element.LocalName == "input")
        {
            if (!string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
            {
                e.ReplacementNodes.Clear();
                element.Remove();
                return;
            }

            element.SetAttribute("disabled", "disabled");
        }

        if (element.HasAttribute("align"))
        {
            CellAlignment.AlignToStyle(element);
        }

        if (element.HasAttribute("class"))
        {
            SanitizerAllowList.FilterClasses(element);
        }

        if (element.LocalName == "a" && IsExternal(element.GetAttribute("href")))
        {
            element.SetAttribute("rel", "noopener noreferrer");
        }
    }

    private static bool IsExternal(string? href) =>
        href is not null
        && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("//", StringComparison.Ordinal));
}
