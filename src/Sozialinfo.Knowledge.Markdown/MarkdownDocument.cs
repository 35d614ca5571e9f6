namespace Sozialinfo.Knowledge.Markdown;

/// <summary>The result of rendering: sanitised HTML, the headings for a table of contents, word count and reading time.</summary>
public sealed record MarkdownDocument(string Html, IReadOnlyList<MarkdownHeading> Headings, int WordCount, int ReadingMinutes);
