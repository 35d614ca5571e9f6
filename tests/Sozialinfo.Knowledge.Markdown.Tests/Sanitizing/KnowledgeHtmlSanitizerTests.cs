using Sozialinfo.Knowledge.Markdown.Sanitizing;

namespace Sozialinfo.Knowledge.Markdown.Tests.Sanitizing;

/// <summary>The sanitiser on its own, fed raw HTML: the second wall must hold even if the pipeline let HTML through.</summary>
public sealed class KnowledgeHtmlSanitizerTests
{
    public static TheoryData<string> Payloads => XssPayloadTests.Payloads;

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Sanitize_RawHtmlPayload_LeavesNothingExecutable(string html)
    {
        var sanitized = KnowledgeHtmlSanitizer.Sanitize(html);

        HtmlSafetyAssert.IsSafe(sanitized);
    }

    [Theory]
    [InlineData("<a href=\"https://example.org\">x</a>", "<a href=\"https://example.org\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<a href=\"HTTP://example.org\">x</a>", "<a href=\"HTTP://example.org\" rel=\"noopener noreferrer\">x</a>")]
    [InlineData("<a href=\"/dossiers/\">x</a>", "<a href=\"/dossiers/\">x</a>")]
    [InlineData("<a href=\"#fn:1\" class=\"footnote-ref\">1</a>", "<a href=\"#fn:1\" class=\"footnote-ref\">1</a>")]
    [InlineData("<a href=\"mailto:info@example.org\">x</a>", "<a href=\"mailto:info@example.org\">x</a>")]
    [InlineData("<a href=\"https://example.org\" rel=\"opener\" target=\"_blank\">x</a>", "<a href=\"https://example.org\" rel=\"noopener noreferrer\">x</a>")]
    public void Sanitize_Link_AddsRelOnlyToExternalLinks(string html, string expected)
    {
        Assert.Equal(expected, KnowledgeHtmlSanitizer.Sanitize(html));
    }

    [Theory]
    [InlineData("<input type=\"text\" value=\"x\">", "")]
    [InlineData("<input type=\"checkbox\" checked=\"checked\">", "<input type=\"checkbox\" checked=\"checked\" disabled=\"disabled\">")]
    [InlineData("<p class=\"footnotes evil\">x</p>", "<p class=\"footnotes\">x</p>")]
    [InlineData("<p class=\"evil\">x</p>", "<p>x</p>")]
    [InlineData("<code class=\"language-c#\">x</code>", "<code class=\"language-c#\">x</code>")]
    [InlineData("<code class=\"language-\">x</code>", "<code>x</code>")]
    [InlineData("<p style=\"text-align: right;\">x</p>", "<p>x</p>")]
    [InlineData("<table><tbody><tr><td style=\"text-align: right;\">x</td></tr></tbody></table>", "<table><tbody><tr><td style=\"text-align: right;\">x</td></tr></tbody></table>")]
    [InlineData("<table><tbody><tr><td style=\"text-align: right; color: red\">x</td></tr></tbody></table>", "<table><tbody><tr><td>x</td></tr></tbody></table>")]
    [InlineData("<table><tbody><tr><td align=\"CENTER\">x</td><td align=\"javascript:x\">y</td></tr></tbody></table>", "<table><tbody><tr><td style=\"text-align: center;\">x</td><td>y</td></tr></tbody></table>")]
    [InlineData("<img src=\"/media/bild.png\" alt=\"x\">", "<img src=\"/media/bild.png\" alt=\"x\">")]
    [InlineData("<img src=\"mailto:a@example.org\" alt=\"x\">", "<img alt=\"x\">")]
    public void Sanitize_MarkdigConstructs_KeepsOnlyTheSafeParts(string html, string expected)
    {
        Assert.Equal(expected, KnowledgeHtmlSanitizer.Sanitize(html));
    }
}
