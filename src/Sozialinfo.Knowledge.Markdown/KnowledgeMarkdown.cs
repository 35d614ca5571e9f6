using Markdig;
using Sozialinfo.Knowledge.Markdown.Sanitizing;
using Sozialinfo.Knowledge.Markdown.Text;
using Sozialinfo.Knowledge.Markdown.Validation;

namespace Sozialinfo.Knowledge.Markdown;

/// <summary>
/// Renders article Markdown to sanitised HTML with a table of contents and reading time, within
/// <see cref="MarkdownLimits"/>. Validating and rendering are one and the same run of the one pipeline, so a text that
/// validates renders, and a text stored before the limits fails as a <see cref="MarkdownProblem"/>. Thread-safe.
/// </summary>
public static class KnowledgeMarkdown
{
    private const int WordsPerMinute = 200;

    private static readonly MarkdownDocument EmptyDocument = new(string.Empty, [], 0, 0);

    /// <summary>Null when <paramref name="markdown"/> can be saved: it renders and stays within <paramref name="limits"/>.</summary>
    public static MarkdownProblem? Validate(string markdown, MarkdownLimits? limits = null) => TryRender(markdown, limits).Problem;

    /// <summary>Renders within <paramref name="limits"/> (<see cref="MarkdownLimits.Default"/>), or says why not; never throws for any input.</summary>
    public static MarkdownRenderResult TryRender(string markdown, MarkdownLimits? limits = null)
    {
        limits ??= MarkdownLimits.Default;
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return MarkdownRenderResult.Success(EmptyDocument);
        }

        // Length first: everything after it costs time in proportion to the text.
        if (MarkdownInputCheck.Check(markdown, limits) is { } problem)
        {
            return MarkdownRenderResult.Failure(problem);
        }

        try
        {
            return RenderChecked(markdown, limits);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit ("Markdown elements in the input are too deeply nested"); it reports no place.
            return MarkdownRenderResult.Failure(MarkdownProblems.TooDeepForParser(limits));
        }
#pragma warning disable CA1031 // A third-party parser on editors' input: any failure is the text's problem, not the caller's.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return MarkdownRenderResult.Failure(MarkdownProblems.Unrenderable());
        }
    }

    /// <summary>Renders a text that is known to be valid; throws <see cref="MarkdownRenderException"/> otherwise.</summary>
    public static MarkdownDocument Render(string markdown, MarkdownLimits? limits = null)
    {
        var result = TryRender(markdown, limits);
        return result.Document ?? throw new MarkdownRenderException(result.Problem!);
    }

    /// <summary>200 words a minute, rounded up; at least one minute for any text.</summary>
    internal static int ReadingMinutes(int words) => words == 0 ? 0 : Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);

    private static MarkdownRenderResult RenderChecked(string markdown, MarkdownLimits limits)
    {
        var pipeline = KnowledgeMarkdownPipeline.Instance;
        var parsed = Markdig.Markdown.Parse(markdown, pipeline);

        // Before any walk of our own: the text walker and the renderer recurse over the tree.
        if (NestingDepth.FindTooDeep(parsed, limits.MaxNestingDepth) is { } line)
        {
            return MarkdownRenderResult.Failure(MarkdownProblems.TooDeep(line, limits));
        }

        var walker = new DocumentTextWalker();
        walker.Walk(parsed);
        var html = KnowledgeHtmlSanitizer.Sanitize(parsed.ToHtml(pipeline));
        return MarkdownRenderResult.Success(new MarkdownDocument(html, walker.Headings, walker.WordCount, ReadingMinutes(walker.WordCount)));
    }
}
