namespace Sozialinfo.Knowledge.Markdown;

/// <summary>A heading of the rendered text: level (2 for ##), the id of its anchor and its plain text.</summary>
public sealed record MarkdownHeading(int Level, string Id, string Text);
