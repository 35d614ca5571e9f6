namespace Sozialinfo.Knowledge.Markdown;

/// <summary>Why a Markdown text is refused.</summary>
public enum MarkdownProblemKind
{
    /// <summary>Longer than <see cref="MarkdownLimits.MaxLength"/>.</summary>
    TooLong,

    /// <summary>A line longer than <see cref="MarkdownLimits.MaxLineLength"/>.</summary>
    LineTooLong,

    /// <summary>Deeper than <see cref="MarkdownLimits.MaxNestingDepth"/>, or too deep for Markdig itself.</summary>
    TooDeeplyNested,

    /// <summary>Markdig or the sanitiser failed for another reason.</summary>
    Unrenderable,
}
