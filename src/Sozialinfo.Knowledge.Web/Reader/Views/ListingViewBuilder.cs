using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>The overview pages: all dossiers, one dossier with its articles, the upcoming events.</summary>
internal static class ListingViewBuilder
{
    public static DossierListView DossierList(ReaderIndex index, PublishedContent list, PublishedCulture culture) =>
        new(
            culture.Name,
            ContentText.Lead(culture),
            ContentText.BodyHtml(culture),
            [.. Teasers.InGerman(index.Queries.Children(index.Snapshot, list.Key, ReaderContentTypes.Dossier))
                .Select(d => Teasers.Dossier(index, d.Item, d.Culture))]);

    public static DossierView Dossier(ReaderIndex index, PublishedContent dossier, PublishedCulture culture) =>
        new(
            culture.Name,
            ContentText.Lead(culture),
            ContentText.BodyHtml(culture),
            [.. Teasers.InGerman(index.Queries.Children(index.Snapshot, dossier.Key, ReaderContentTypes.Article))
                .Select(a => Teasers.Article(a.Culture))]);

    /// <summary>Events below this list that are not over yet, by start date.</summary>
    public static EventListView EventList(ReaderIndex index, PublishedContent list, PublishedCulture culture, DateTimeOffset now) =>
        new(
            culture.Name,
            ContentText.Lead(culture),
            ContentText.BodyHtml(culture),
            [.. index.UpcomingEvents(now).Where(e => e.Item.ParentKey == list.Key).Select(Teasers.Event)]);
}
