using Markdig;
using Sozialinfo.Knowledge.Markdown.Extensions.HeadingIds;

namespace Sozialinfo.Knowledge.Markdown;

/// <summary>The <c>UseXxx</c> methods of our own Markdig extensions, as Markdig's <c>MarkdownExtensions</c>.</summary>
internal static class MarkdownBuilderExtensions
{
    /// <summary>
    /// Transliterates the ids of AutoIdentifiers for German ("Folgenabschätzung" becomes "folgenabschaetzung") and
    /// keeps them unique. Must be added after <c>UseAutoIdentifiers</c>.
    /// </summary>
    public static MarkdownPipelineBuilder UseTransliteratedHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TransliteratedHeadingIdExtension>();
        return pipeline;
    }
}
