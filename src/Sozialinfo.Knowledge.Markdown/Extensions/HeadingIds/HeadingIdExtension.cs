using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sozialinfo.Knowledge.Markdown.Extensions.HeadingIds;

/// <summary>
/// Gives every heading the id of Markdig's <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c>, transliterated
/// into readable ASCII for German, French and Italian ("datenschutz-folgenabschätzung" becomes
/// "datenschutz-folgenabschaetzung") and unique in the document.
/// </summary>
/// <remarks>
/// Replaces AutoIdentifiers rather than rewriting its ids: its suffix search starts at -1 for every repeated heading,
/// which made 12,000 equal headings (48 KB of "# a") take seconds. The ids are the same as before: GitHub-style
/// (from the heading's text without markup, "section" when empty), unique as Markdig makes them, then transliterated
/// and made unique again.
/// </remarks>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object IdsKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headingParser)
        {
            headingParser.Closed -= OnHeadingClosed;
            headingParser.Closed += OnHeadingClosed;
        }

        // Setext headings ("Title\n=====") are closed by the paragraph parser.
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphParser)
        {
            paragraphParser.Closed -= OnHeadingClosed;
            paragraphParser.Closed += OnHeadingClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnHeadingClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += OnHeadingInlinesProcessed;
        }
    }

    private static void OnHeadingInlinesProcessed(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } content } heading || heading.GetAttributes().Id is not null)
        {
            return;
        }

        var document = processor.Document;
        if (document.GetData(IdsKey) is not DocumentIds ids)
        {
            ids = new DocumentIds();
            document.SetData(IdsKey, ids);
        }

        var gitHubId = LinkHelper.UrilizeAsGfm(PlainText(content));
        var markdigId = ids.Markdig.Claim(gitHubId.Length == 0 ? "section" : gitHubId);
        heading.GetAttributes().Id = ids.Transliterated.Claim(HeadingIdTransliterator.Transliterate(markdigId));
    }

    /// <summary>The heading's text without markup, as AutoIdentifiers takes it (a bare renderer, no HTML, no escaping).</summary>
    private static string PlainText(ContainerInline content)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.Render(content);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The ids of one document: as Markdig would make them unique, and after transliteration.</summary>
    private sealed class DocumentIds
    {
        public UniqueIds Markdig { get; } = new();

        public UniqueIds Transliterated { get; } = new();
    }
}
