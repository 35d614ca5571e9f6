using System.Collections.Concurrent;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Markdown;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// Renders Markdown once per distinct text and build, thread-safe, reusing what the previous build rendered:
/// a rebuild after one publish renders only the text that changed. A text that cannot be rendered (stored before
/// the limits, or the limits were lowered) is a <see cref="MarkdownRendering.Problem"/>, never an exception, and is
/// remembered like a rendered one, so a broken item costs its render once.
/// </summary>
internal sealed class MarkdownRenderCache(MarkdownLimits limits, IReadOnlyDictionary<string, MarkdownRendering>? previous = null)
{
    private readonly ConcurrentDictionary<string, Lazy<MarkdownRendering>> _rendered = new(StringComparer.Ordinal);

    /// <summary>A copy of every text this build rendered or reused.</summary>
    public Dictionary<string, MarkdownRendering> Rendered =>
        _rendered.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);

    public MarkdownRendering Render(string markdown) =>
        _rendered.GetOrAdd(markdown, text => new Lazy<MarkdownRendering>(() => RenderNew(text))).Value;

    public static RenderedMarkdown ToRendered(MarkdownDocument document) => new(
        document.Html,
        [.. document.Headings.Select(h => new TableOfContentsEntry(h.Level, h.Id, h.Text))],
        document.ReadingMinutes,
        document.WordCount);

    private MarkdownRendering RenderNew(string markdown)
    {
        if (previous is not null && previous.TryGetValue(markdown, out var known))
        {
            return known;
        }

        var result = KnowledgeMarkdown.TryRender(markdown, limits);
        return result.Document is { } document ? new(ToRendered(document), null) : new(null, result.Problem!.Message);
    }
}
