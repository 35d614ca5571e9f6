using AngleSharp.Dom;

namespace Sozialinfo.Knowledge.Markdown.Sanitizing;

/// <summary>
/// Carries the column alignment of table cells through sanitising without CSS parsing: Markdig's exact
/// <c>style="text-align: left;"</c> becomes <c>align="left"</c> while sanitising and a style again afterwards.
/// Any other style, and any other align value, is dropped.
/// </summary>
internal static class CellAlignment
{
    private static readonly Dictionary<string, string> AlignByStyle = new(StringComparer.Ordinal)
    {
        ["text-align: left;"] = "left",
        ["text-align: center;"] = "center",
        ["text-align: right;"] = "right",
    };

    private static readonly Dictionary<string, string> StyleByAlign = new(StringComparer.OrdinalIgnoreCase)
    {
        ["left"] = "text-align: left;",
        ["center"] = "text-align: center;",
        ["right"] = "text-align: right;",
    };

    /// <summary>Called while the sanitiser removes a style attribute.</summary>
    public static void StyleToAlign(IElement element, string style)
    {
        if (IsCell(element) && AlignByStyle.TryGetValue(style, out var align))
        {
            element.SetAttribute("align", align);
        }
    }

    /// <summary>Called after sanitising, when no style is parsed any more.</summary>
    public static void AlignToStyle(IElement element)
    {
        var align = element.GetAttribute("align");
        element.RemoveAttribute("align");
        if (IsCell(element) && align is not null && StyleByAlign.TryGetValue(align, out var style))
        {
            element.SetAttribute("style", style);
        }
    }

    private static bool IsCell(IElement element) => element.LocalName is "th" or "td";
}
