namespace Sozialinfo.Knowledge.Markdown;

/// <summary>
/// What a Markdown text may be, checked by <see cref="KnowledgeMarkdown.Validate"/> on save and by every render, so
/// nothing that renders slowly or not at all can be saved, and nothing saved before these limits can stop a build.
/// </summary>
/// <remarks>
/// Measured with the pipeline on one core (see the report of the hardening issue): at these limits the most expensive
/// accepted inputs (large tables, thousands of autolinks or links) render in well under 300 ms, and every rejected one
/// is refused in about as long or far quicker.
/// </remarks>
public static class MarkdownLimits
{
    /// <summary>
    /// Characters of one text: five times the longest seed article, about 7,000 words or 35 minutes of reading. The
    /// sanitiser's cost grows with the HTML, so this bounds the time of the largest accepted table.
    /// </summary>
    public const int MaxLength = 50_000;

    /// <summary>
    /// Characters of one line (a paragraph is usually one line). Markdig's link parsing is quadratic in the length of
    /// a line ("[a](" repeated); 10,000 characters are about 1,400 words, longer than any real paragraph.
    /// </summary>
    public const int MaxLineLength = 10_000;

    /// <summary>
    /// Levels of block quotes, lists (a list in a list item is one level more), tables, footnotes and inline markup
    /// (emphasis, links) inside each other. Real texts use fewer than ten; Markdig itself gives up at 128 syntax-tree
    /// levels, which 16 levels stay far below (a list level is two tree levels).
    /// </summary>
    public const int MaxNestingDepth = 16;
}
