using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Sozialinfo.Knowledge.Markdown;

/// <summary>The one Markdig pipeline for articles, built once; a built pipeline is immutable and thread-safe.</summary>
internal static class KnowledgeMarkdownPipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            // Transliterated ids hook the heading parser after AutoIdentifiers, so they must be added after it.
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseTransliteratedHeadingIds()
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
