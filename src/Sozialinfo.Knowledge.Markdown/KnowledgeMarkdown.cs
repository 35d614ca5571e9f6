using Markdig;
using Sozialinfo.Knowledge.Markdown.Sanitizing;
using Sozialinfo.Knowledge.Markdown.Text;

namespace Sozialinfo.Knowledge.Markdown;

/// <summary>Renders article Markdown to sanitised HTML with a table of contents and reading time. Thread-safe.</summary>
public static class KnowledgeMarkdown
{
    private const int WordsPerMinute = 200;

    private static readonly MarkdownDocument EmptyDocument = new(string.Empty, [], 0, 0);

    public static MarkdownDocument Render(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return EmptyDocument;
        }

        var pipeline = KnowledgeMarkdownPipeline.Instance;
        var parsed = Markdig.Markdown.Parse(markdown, pipeline);
        var walker = new DocumentTextWalker();
        walker.Walk(parsed);
        var html = KnowledgeHtmlSanitizer.Sanitize(parsed.ToHtml(pipeline));
        return new MarkdownDocument(html, walker.Headings, walker.WordCount, ReadingMinutes(walker.WordCount));
    }

    /// <summary>200 words a minute, rounded up; at least one minute for any text.</summary>
    internal static int ReadingMinutes(int words) => words == 0 ? 0 : Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);
}
