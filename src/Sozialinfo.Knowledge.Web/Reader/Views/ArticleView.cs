namespace Sozialinfo.Knowledge.Web.Reader.Views;

public sealed record ArticleView(
    string Name,
    string? Lead,
    string BodyHtml,
    IReadOnlyList<TocItem> TableOfContents,
    IReadOnlyList<string> Tags,
    string? Author,
    string UpdateDate,
    string UpdateDateIso,
    string ReadingTime,
    IReadOnlyList<TeaserView> Related) : ContentView(Name, Lead, BodyHtml);
