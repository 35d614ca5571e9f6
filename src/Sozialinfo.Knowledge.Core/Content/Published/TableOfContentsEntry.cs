namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>A heading of a rendered Markdown text: level (2 for ##), anchor id and plain text.</summary>
public sealed record TableOfContentsEntry(int Level, string Id, string Text);
