using Markdig;
using Sozialinfo.Knowledge.Markdown.Extensions.HeadingIds;

namespace Sozialinfo.Knowledge.Markdown;

/// <summary>The <c>UseXxx</c> methods of our own Markdig extensions, as Markdig's <c>MarkdownExtensions</c>.</summary>
internal static class MarkdownBuilderExtensions
{
    /// <summary>
    /// GitHub-style heading ids, transliterated for German ("Folgenabschätzung" becomes "folgenabschaetzung") and
    /// unique; in place of <c>UseAutoIdentifiers</c>.
    /// </summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }
}
