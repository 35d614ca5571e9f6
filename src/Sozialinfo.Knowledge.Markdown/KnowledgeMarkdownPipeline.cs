using Markdig;

namespace Sozialinfo.Knowledge.Markdown;

/// <summary>The one Markdig pipeline for articles, built once; a built pipeline is immutable and thread-safe.</summary>
internal static class KnowledgeMarkdownPipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            // AutoIdentifiers' GitHub ids, transliterated; not UseAutoIdentifiers, whose repeated ids cost quadratic time.
            .UseHeadingIds()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseAbbreviations()
            .UseDefinitionLists()
            // No UseSmartyPants: it would turn German „…“ typography and straight quotes into English curly quotes.
            // Raw HTML is escaped as text; the output is sanitised all the same (see KnowledgeHtmlSanitizer).
            .DisableHtml()
            .Build();
}
