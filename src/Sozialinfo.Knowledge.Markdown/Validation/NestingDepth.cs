using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParsedDocument = Markdig.Syntax.MarkdownDocument;

namespace Sozialinfo.Knowledge.Markdown.Validation;

/// <summary>
/// Finds the first place of a parsed document nested deeper than the given number of levels,
/// counted as editors see them: a block quote, a list, a table, a definition list or the footnotes are one level each
/// (their items, rows and cells are not), and so is every inline container (emphasis, link) inside a paragraph.
/// </summary>
/// <remarks>The walk stops one level below the limit, so its own recursion is bounded whatever the document holds.</remarks>
internal static class NestingDepth
{
    /// <summary>The 1-based line of the first node too deep, or null when the document is within the limit.</summary>
    public static int? FindTooDeep(ParsedDocument document, int maxDepth) => Walk(document, 0, maxDepth);

    private static int? Walk(ContainerBlock container, int depth, int maxDepth)
    {
        foreach (var block in container)
        {
            var level = depth + (IsLevel(block) ? 1 : 0);
            if (level > maxDepth)
            {
                return block.Line + 1;
            }

            var tooDeep = block switch
            {
                ContainerBlock child => Walk(child, level, maxDepth),
                LeafBlock { Inline: { } inline } => Walk(inline, level, maxDepth),
                _ => null,
            };
            if (tooDeep is not null)
            {
                return tooDeep;
            }
        }

        return null;
    }

    private static int? Walk(ContainerInline container, int depth, int maxDepth)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is not ContainerInline child)
            {
                continue;
            }

            if (depth + 1 > maxDepth)
            {
                return inline.Line + 1;
            }

            if (Walk(child, depth + 1, maxDepth) is { } tooDeep)
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
