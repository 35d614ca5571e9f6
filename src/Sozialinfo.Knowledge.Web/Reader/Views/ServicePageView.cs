namespace Sozialinfo.Knowledge.Web.Reader.Views;

public sealed record ServicePageView(
    string Name,
    string? Lead,
    string BodyHtml,
    string? PriceInfo,
    string? ContactEmail,
    bool Bookable,
    IReadOnlyList<TeaserView> Children,
    IReadOnlyList<TeaserView> UpcomingEvents) : ContentView(Name, Lead, BodyHtml);
