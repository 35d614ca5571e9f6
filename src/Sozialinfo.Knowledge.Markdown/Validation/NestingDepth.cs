using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParsedDocument = Markdig.Syntax.MarkdownDocument;

namespace Sozialinfo.Knowledge.Markdown.Validation;

/// <summary>
/// Finds the first place of a parsed document nested deeper than <see cref="MarkdownLimits.MaxNestingDepth"/> levels,
/// counted as editors see them: a block quote, a list, a table, a definition list or the footnotes are one level each
/// (their items, rows and cells are not), and so is every inline container (emphasis, link) inside a paragraph.
/// </summary>
/// <remarks>The walk stops one level below the limit, so its own recursion is bounded whatever the document holds.</remarks>
internal static class NestingDepth
{
    /// <summary>The 1-based line of the first node too deep, or null when the document is within the limit.</summary>
    public static int? FindTooDeep(ParsedDocument document) => Walk(document, 0);

    private static int? Walk(ContainerBlock container, int depth)
    {
        foreach (var block in container)
        {
            var level = depth + (IsLevel(block) ? 1 : 0);
            if (level > MarkdownLimits.MaxNestingDepth)
            {
                return block.Line + 1;
            }

            var tooDeep = block switch
            {
                ContainerBlock child => Walk(child, level),
                LeafBlock { Inline: { } inline } => Walk(inline, level),
                _ => null,
            };
            if (tooDeep is not null)
            {
                return tooDeep;
            }
        }

        return null;
    }

    private static int? Walk(ContainerInline container, int depth)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not ContainerInline child)
            {
                continue;
            }

            if (depth + 1 > MarkdownLimits.MaxNestingDepth)
            {
                return inline.Line + 1;
            }

            if (Walk(child, depth + 1) is { } tooDeep)
            {
                return tooDeep;
            }
        }

        return null;
    }

    /// <summary>Containers that are a level of their own; the parts of a construct belong to its level.</summary>
    private static bool IsLevel(Block block) =>
        block is ContainerBlock and not (ListItemBlock or TableRow or TableCell or DefinitionItem or Footnote);
}
