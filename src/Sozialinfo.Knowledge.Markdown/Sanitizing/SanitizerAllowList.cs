using AngleSharp.Dom;

namespace Sozialinfo.Knowledge.Markdown.Sanitizing;

/// <summary>The tags, attributes and classes our Markdig pipeline produces; nothing else survives sanitising.</summary>
internal static class SanitizerAllowList
{
    public static IReadOnlyList<string> Tags { get; } =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
        "ul", "ol", "li", "dl", "dt", "dd", "input",
        // No col/colgroup: grid tables put only widths there, and only text-align survives as style.
        "table", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "img", "em", "strong", "del", "ins", "mark", "sub", "sup", "abbr", "div",
    ];

    public static IReadOnlyList<string> Attributes { get; } =
    [
        // "style" is not here: the only styles kept are Markdig's table alignments (see CellAlignment).
        "id", "class", "href", "title", "src", "alt", "align", "colspan", "rowspan", "start",
        "type", "checked", "disabled",
    ];

    private static readonly HashSet<string> Classes = new(StringComparer.Ordinal)
    {
        "footnotes", "footnote-ref", "footnote-back-ref", "contains-task-list", "task-list-item",
    };

    private const string LanguagePrefix = "language-";

    /// <summary>Keeps Markdig's own classes (footnotes, task lists, "language-xyz" on code) and drops the others.</summary>
    public static void FilterClasses(IElement element)
    {
        var list = element.ClassList;
        for (var index = list.Length - 1; index >= 0; index--)
        {
            var name = list[index]!;
            if (!Classes.Contains(name) && !IsLanguageClass(name))
            {
                list.Remove(name);
            }
        }

        if (list.Length == 0)
        {
            element.RemoveAttribute("class");
        }
    }

    private static bool IsLanguageClass(string name)
    {
        if (!name.StartsWith(LanguagePrefix, StringComparison.Ordinal) || name.Length == LanguagePrefix.Length)
        {
            return false;
        }

        foreach (var character in name.AsSpan(LanguagePrefix.Length))
        {
            if (!char.IsAsciiLetterOrDigit(character) && character is not ('-' or '+' or '#' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
