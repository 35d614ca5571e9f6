using System.Text;
using Markdig.Extensions.Abbreviations;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Sozialinfo.Knowledge.Markdown.Text;

/// <summary>
/// One pass over a parsed document: the word count of its visible text and the headings (levels 2 to 4) with their
/// ids and plain text for a table of contents. Footnotes count; image alt texts and URLs of labelled links do not.
/// </summary>
internal sealed class DocumentTextWalker
{
    private const int FirstTocLevel = 2;
    private const int LastTocLevel = 4;

    private readonly List<MarkdownHeading> _headings = [];
    private readonly StringBuilder _headingText = new();
    private WordCounter _words;
    private bool _inHeading;

    public IReadOnlyList<MarkdownHeading> Headings => _headings;

    public int WordCount => _words.Count;

    public void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock child:
                    Walk(child);
                    break;
                case HeadingBlock heading:
                    WalkHeading(heading);
                    break;
                case LeafBlock { Inline: { } inline }:
                    WalkInlines(inline);
                    break;
                case CodeBlock code:
                    var lines = code.Lines;
                    for (var index = 0; index < lines.Count; index++)
                    {
                        _words.Add(lines.Lines[index].Slice.AsSpan());
                        _words.Break();
                    }

                    break;
            }

            _words.Break();
        }
    }

    private void WalkHeading(HeadingBlock heading)
    {
        if (heading.Inline is null)
        {
            return;
        }

        var collect = heading.Level is >= FirstTocLevel and <= LastTocLevel;
        _inHeading = collect;
        _headingText.Clear();
        WalkInlines(heading.Inline);
        _inHeading = false;
        if (collect && heading.GetAttributes().Id is { } id)
        {
            _headings.Add(new MarkdownHeading(heading.Level, id, _headingText.ToString().Trim()));
        }
    }

    private void WalkInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddText(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    AddText(code.ContentSpan);
                    break;
                case HtmlEntityInline entity:
                    AddText(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    AddText(autolink.Url);
                    break;
                case AbbreviationInline abbreviation:
                    AddText(abbreviation.Abbreviation.Label);
                    break;
                case LineBreakInline:
                    AddText(" ");
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline child:
                    WalkInlines(child);
                    break;
            }
        }
    }

    private void AddText(ReadOnlySpan<char> text)
    {
        _words.Add(text);
        if (_inHeading)
        {
            _headingText.Append(text);
        }
    }
}
