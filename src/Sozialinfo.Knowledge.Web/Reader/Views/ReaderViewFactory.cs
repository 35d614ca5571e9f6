using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>Picks the view of a content item by its document type.</summary>
internal static class ReaderViewFactory
{
    /// <summary>True for pages whose content depends on the clock (upcoming events, registration state).</summary>
    public static bool DependsOnTime(string contentType) => contentType is
        ReaderContentTypes.Home or ReaderContentTypes.EventList or ReaderContentTypes.Event or ReaderContentTypes.ServicePage;

    public static ContentView Build(ReaderIndex index, PublishedContent item, PublishedCulture culture, DateTimeOffset now, RelatedArticles related) =>
        item.ContentType switch
        {
            ReaderContentTypes.Home => HomeViewBuilder.Build(index, item, culture, now),
            ReaderContentTypes.EventList => ListingViewBuilder.EventList(index, item, culture, now),
            ReaderContentTypes.Event => DetailViewBuilder.Event(index, culture, now),
            ReaderContentTypes.ServicePage => DetailViewBuilder.ServicePage(index, item, culture, now),
            // Everything else is fixed for a snapshot: build it once.
            _ => index.Remember("view", item.Key, (i, _) => BuildTimeless(i, item, culture, related)),
        };

    private static ContentView BuildTimeless(ReaderIndex index, PublishedContent item, PublishedCulture culture, RelatedArticles related) =>
        item.ContentType switch
        {
            ReaderContentTypes.DossierList => ListingViewBuilder.DossierList(index, item, culture),
            ReaderContentTypes.Dossier => ListingViewBuilder.Dossier(index, item, culture),
            ReaderContentTypes.Article => DetailViewBuilder.Article(index, item, culture, related),
            ReaderContentTypes.TextPage => DetailViewBuilder.TextPage(index, culture),
            _ => new GenericView(culture.Name, ContentText.Lead(culture), ContentText.BodyHtml(culture)),
        };
}
