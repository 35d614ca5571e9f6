using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>One text as <see cref="MarkdownRenderCache"/> rendered it: exactly one of rendered and problem is set.</summary>
internal sealed record MarkdownRendering(RenderedMarkdown? Rendered, string? Problem);
