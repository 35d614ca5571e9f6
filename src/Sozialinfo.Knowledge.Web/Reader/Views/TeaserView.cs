namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>An entry of a list of pages: title as link, lead, and a short meta line ("4 Artikel", "5 Min. Lesezeit", a date).</summary>
public sealed record TeaserView(string Title, string Href, string? Lead, string? Meta);
