namespace Sozialinfo.Knowledge.Markdown;

/// <summary>Thrown by <see cref="KnowledgeMarkdown.Render"/> for a text that cannot be rendered; see <see cref="Problem"/>.</summary>
public sealed class MarkdownRenderException : Exception
{
    public MarkdownRenderException()
        : this(new MarkdownProblem(MarkdownProblemKind.Unrenderable, "Der Text lässt sich nicht darstellen."))
    {
    }

    public MarkdownRenderException(string message)
        : this(new MarkdownProblem(MarkdownProblemKind.Unrenderable, message))
    {
    }

    public MarkdownRenderException(string message, Exception innerException)
        : base(message, innerException) =>
        Problem = new MarkdownProblem(MarkdownProblemKind.Unrenderable, message);

    public MarkdownRenderException(MarkdownProblem problem)
        : base(problem.Message) =>
        Problem = problem;

    public MarkdownProblem Problem { get; }
}
