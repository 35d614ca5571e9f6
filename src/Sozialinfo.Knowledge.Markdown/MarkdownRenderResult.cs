namespace Sozialinfo.Knowledge.Markdown;

/// <summary>The outcome of <see cref="KnowledgeMarkdown.TryRender"/>: exactly one of document and problem is set.</summary>
public sealed record MarkdownRenderResult
{
    private MarkdownRenderResult(MarkdownDocument? document, MarkdownProblem? problem) => (Document, Problem) = (document, problem);

    public MarkdownDocument? Document { get; }

    public MarkdownProblem? Problem { get; }

    public bool Succeeded => Document is not null;

    public static MarkdownRenderResult Success(MarkdownDocument document) => new(document, null);

    public static MarkdownRenderResult Failure(MarkdownProblem problem) => new(null, problem);
}
