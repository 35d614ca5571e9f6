namespace Sozialinfo.Knowledge.Markdown;

/// <summary>
/// What a Markdown text may be, checked by <see cref="KnowledgeMarkdown.Validate"/> on save and by every render, so
/// nothing that renders slowly or not at all can be saved, and nothing saved before these limits can stop a build.
/// Bound from "Content:Markdown"; <see cref="Default"/> otherwise.
/// </summary>
/// <remarks>
/// Measured with the pipeline on one core: at the default limits the most expensive accepted inputs (12,000
/// headings, 3,000 HTML blocks, thousands of links) render in about half a second at most, a seed article in 2 ms,
/// and every rejected input of the hardening issue is refused in under 100 ms.
/// </remarks>
public sealed class MarkdownLimits
{
    /// <summary>Markdig gives up at 128 syntax-tree levels and a list level is two of them; this keeps headroom.</summary>
    public const int MaxNestingDepthCeiling = 32;

    public static MarkdownLimits Default { get; } = new();

    /// <summary>
    /// Characters of one text: five times the longest seed article, about 7,000 words or 35 minutes of reading. The
    /// sanitiser's cost grows with the HTML, so this bounds the time of the largest accepted text.
    /// </summary>
    public int MaxLength { get; init; } = 50_000;

    /// <summary>
    /// Characters of one line (a paragraph is usually one line). Markdig's link parsing is quadratic in the length of
    /// a line ("[a](" repeated); 10,000 characters are about 1,400 words, longer than any real paragraph.
    /// </summary>
    public int MaxLineLength { get; init; } = 10_000;

    /// <summary>
    /// Levels of block quotes, lists (a list in a list item is one level more), tables, footnotes and inline markup
    /// (emphasis, links) inside each other. Real texts use fewer than ten; at most <see cref="MaxNestingDepthCeiling"/>.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 16;

    /// <summary>The settings that are out of range, named as in configuration; empty when all are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxLength < 1)
        {
            yield return $"{nameof(MaxLength)} must be at least 1 (is {MaxLength}).";
        }

        if (MaxLineLength < 1)
        {
            yield return $"{nameof(MaxLineLength)} must be at least 1 (is {MaxLineLength}).";
        }

        if (MaxNestingDepth is < 1 or > MaxNestingDepthCeiling)
        {
            yield return $"{nameof(MaxNestingDepth)} must be between 1 and {MaxNestingDepthCeiling} (is {MaxNestingDepth}).";
        }
    }
}
