namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>A page of running text (imprint, privacy notice, contact, accessibility statement) with its headings, and
/// how to reach the publisher for a page too short to need a table of contents.</summary>
public sealed record TextPageView(
    string Name,
    string? Lead,
    string BodyHtml,
    IReadOnlyList<TocItem> TableOfContents,
    SiteFooter Contact) : ContentView(Name, Lead, BodyHtml);
