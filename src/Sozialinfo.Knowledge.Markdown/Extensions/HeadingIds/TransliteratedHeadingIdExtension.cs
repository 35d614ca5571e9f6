using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sozialinfo.Knowledge.Markdown.Extensions.HeadingIds;

/// <summary>
/// Rewrites the GitHub-style ids of <see cref="AutoIdentifierExtension"/> into readable ASCII for German, French and
/// Italian ("datenschutz-folgenabschätzung" becomes "datenschutz-folgenabschaetzung") and keeps them unique.
/// </summary>
/// <remarks>
/// AutoIdentifiers assigns the id when the heading's inlines are processed. This extension hooks the same parsers
/// after it, so its handler runs after AutoIdentifiers' handler: it must be added after AutoIdentifiers. Links to a
/// heading by its text read the id late (at rendering), so they see the rewritten id.
/// </remarks>
internal sealed class TransliteratedHeadingIdExtension : IMarkdownExtension
{
    private static readonly object UsedIdsKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.Extensions.Contains<AutoIdentifierExtension>())
        {
            throw new InvalidOperationException("UseTransliteratedHeadingIds needs UseAutoIdentifiers before it.");
        }

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
        if (processor.Block is not HeadingBlock heading || heading.GetAttributes().Id is not { } id)
        {
            return;
        }

        var document = processor.Document;
        if (document.GetData(UsedIdsKey) is not HashSet<string> used)
        {
            used = new HashSet<string>(StringComparer.Ordinal);
            document.SetData(UsedIdsKey, used);
        }

        var baseId = HeadingIdTransliterator.Transliterate(id);
        var unique = baseId;
        for (var suffix = 1; !used.Add(unique); suffix++)
        {
            unique = string.Concat(baseId, "-", suffix.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        heading.GetAttributes().Id = unique;
    }
}
