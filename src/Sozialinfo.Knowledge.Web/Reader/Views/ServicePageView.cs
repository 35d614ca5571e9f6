namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>An offer; without facts of its own its side column shows how to reach the competence centre.</summary>
public sealed record ServicePageView(
    string Name,
    string? Lead,
    string BodyHtml,
    string? PriceInfo,
    string? ContactEmail,
    bool Bookable,
    IReadOnlyList<TeaserView> Children,
    IReadOnlyList<TeaserView> UpcomingEvents,
    SiteFooter Contact) : ContentView(Name, Lead, BodyHtml);
