using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>The properties every page type shares: lead (TextArea) and body (MarkdownEditor, already sanitised HTML).</summary>
internal static class ContentText
{
    public static string? Lead(PublishedCulture culture) => culture.Text("lead") is { Length: > 0 } lead ? lead : null;

    public static RenderedMarkdown Body(PublishedCulture culture) => culture.Value<RenderedMarkdown>("body") ?? RenderedMarkdown.Empty;

    public static string BodyHtml(PublishedCulture culture) => Body(culture).Html;
}
