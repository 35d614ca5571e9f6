using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>The start page's links into the dossier overview, the event overview and the offers.</summary>
internal sealed record HomeSections(LinkView? Dossiers, LinkView? Events, LinkView? OfferOverview, IReadOnlyList<TeaserView> Offers)
{
    public static HomeSections Find(ReaderIndex index, Guid home)
    {
        var snapshot = index.Snapshot;
        var dossierList = Teasers.InGerman(index.Queries.Children(snapshot, home, ReaderContentTypes.DossierList)).FirstOrDefault();
        var eventList = Teasers.InGerman(index.Queries.Children(snapshot, home, ReaderContentTypes.EventList)).FirstOrDefault();
        var serviceRoots = Teasers.InGerman(index.Queries.Children(snapshot, home, ReaderContentTypes.ServicePage)).ToList();

        // Offers are the pages below the top-level service pages ("Angebote"); a top-level page without children is an offer itself.
        var offers = serviceRoots
            .SelectMany(root =>
            {
                var children = Teasers.InGerman(index.Queries.Children(snapshot, root.Item.Key, ReaderContentTypes.ServicePage)).ToList();
                return children.Count > 0 ? children : [root];
            })
            .Select(offer => Teasers.Page(offer.Culture))
            .ToList();

        return new HomeSections(
            Link(dossierList.Culture),
            Link(eventList.Culture),
            serviceRoots.Count > 0 ? Link(serviceRoots[0].Culture) : null,
            offers);
    }

    private static LinkView? Link(PublishedCulture? culture) => culture is null ? null : new LinkView(culture.Name, culture.Path);
}
