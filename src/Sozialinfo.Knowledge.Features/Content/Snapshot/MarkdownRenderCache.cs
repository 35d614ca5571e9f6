using System.Collections.Concurrent;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// Renders Markdown once per distinct text and build, thread-safe, reusing what the previous build rendered:
/// a rebuild after one publish renders only the text that changed.
/// </summary>
internal sealed class MarkdownRenderCache(IReadOnlyDictionary<string, RenderedMarkdown>? previous = null)
{
    private readonly ConcurrentDictionary<string, Lazy<RenderedMarkdown>> _rendered = new(StringComparer.Ordinal);

    /// <summary>A copy of every text this build rendered or reused.</summary>
    public Dictionary<string, RenderedMarkdown> Rendered =>
        _rendered.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);

    public RenderedMarkdown Render(string markdown) =>
        _rendered.GetOrAdd(markdown, text => new Lazy<RenderedMarkdown>(() => RenderNew(text))).Value;

    public static RenderedMarkdown ToRendered(MarkdownDocument document) => new(
        document.Html,
        [.. document.Headings.Select(h => new TableOfContentsEntry(h.Level, h.Id, h.Text))],
        document.ReadingMinutes,
        document.WordCount);

    private RenderedMarkdown RenderNew(string markdown) =>
        previous is not null && previous.TryGetValue(markdown, out var known) ? known : ToRendered(KnowledgeMarkdown.Render(markdown));
}
