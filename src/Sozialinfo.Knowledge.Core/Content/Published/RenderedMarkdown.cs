namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>A Markdown property rendered once when the snapshot is built: sanitised HTML, table of contents, reading time.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TableOfContentsEntry> TableOfContents, int ReadingMinutes, int WordCount)
{
    public static RenderedMarkdown Empty { get; } = new(string.Empty, [], 0, 0);
}
