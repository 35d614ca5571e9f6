namespace Sozialinfo.Knowledge.Web.Reader.Views;

public sealed record HomeView(
    string Name,
    string? Lead,
    string BodyHtml,
    IReadOnlyList<TeaserView> FeaturedDossiers,
    LinkView? AllDossiers,
    IReadOnlyList<TeaserView> UpcomingEvents,
    LinkView? AllEvents,
    IReadOnlyList<TeaserView> Offers,
    LinkView? AllOffers) : ContentView(Name, Lead, BodyHtml);
