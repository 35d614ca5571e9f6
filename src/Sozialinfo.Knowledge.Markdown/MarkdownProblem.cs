namespace Sozialinfo.Knowledge.Markdown;

/// <summary>Why a text cannot be rendered: the kind, a German message for editors and, where known, the line (1-based).</summary>
public sealed record MarkdownProblem(MarkdownProblemKind Kind, string Message, int? Line = null);
