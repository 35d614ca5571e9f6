using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>Start page: lead, body, featured dossiers, the next three events and the offers.</summary>
internal static class HomeViewBuilder
{
    public const int UpcomingEventCount = 3;

    public static HomeView Build(ReaderIndex index, PublishedContent home, PublishedCulture culture, DateTimeOffset now)
    {
        var sections = index.Remember("homeSections", home.Key, (i, key) => HomeSections.Find(i, key));
        return new HomeView(
            culture.Name,
            ContentText.Lead(culture),
            ContentText.BodyHtml(culture),
            index.Remember("featuredDossiers", home.Key, (i, _) => FeaturedDossiers(i, culture)),
            sections.Dossiers,
            [.. index.UpcomingEvents(now).Take(UpcomingEventCount).Select(Teasers.Event)],
            sections.Events,
            sections.Offers,
            sections.OfferOverview);
    }

    /// <summary>The dossiers picked on the start page; without a pick, the dossiers marked "featured".</summary>
    private static IReadOnlyList<TeaserView> FeaturedDossiers(ReaderIndex index, PublishedCulture home)
    {
        var picked = home.Value<IReadOnlyList<Guid>>("featuredDossiers") ?? [];
        var dossiers = picked.Count > 0
            ? picked.Select(index.Snapshot.GetByKey).OfType<PublishedContent>().Where(d => d.ContentType == ReaderContentTypes.Dossier)
            : index.Queries.OfType(index.Snapshot, ReaderContentTypes.Dossier, "sortOrder:asc")
                .Where(d => d.GetCulture(Cultures.Default)?.Value<bool>("featured") == true);
        return [.. Teasers.InGerman(dossiers).Select(d => Teasers.Dossier(index, d.Item, d.Culture))];
    }
}
