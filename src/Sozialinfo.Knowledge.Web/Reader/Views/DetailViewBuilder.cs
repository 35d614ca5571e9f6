using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Content;
using Sozialinfo.Knowledge.Web.Reader.Formatting;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>The detail pages: article, text page, service page and event.</summary>
internal static class DetailViewBuilder
{
    public static ArticleView Article(ReaderIndex index, PublishedContent article, PublishedCulture culture, RelatedArticles relatedArticles)
    {
        var body = ContentText.Body(culture);
        var related = relatedArticles.Find(index.Snapshot, article);
        return new ArticleView(
            culture.Name,
            ContentText.Lead(culture),
            body.Html,
            TocItem.Nest(body.TableOfContents),
            culture.Tags(),
            culture.Text("author"),
            GermanFormat.Date(culture.UpdateDate),
            GermanFormat.IsoDate(culture.UpdateDate),
            GermanFormat.ReadingTime(body.ReadingMinutes),
            [.. Teasers.InGerman(related).Select(r => Teasers.Article(r.Culture))]);
    }

    public static TextPageView TextPage(ReaderIndex index, PublishedCulture culture)
    {
        var body = ContentText.Body(culture);
        return new TextPageView(culture.Name, ContentText.Lead(culture), body.Html, TocItem.Nest(body.TableOfContents), index.Footer);
    }

    public static ServicePageView ServicePage(ReaderIndex index, PublishedContent page, PublishedCulture culture, DateTimeOffset now) =>
        new(
            culture.Name,
            ContentText.Lead(culture),
            ContentText.BodyHtml(culture),
            culture.Text("priceInfo"),
            culture.Text("contactEmail"),
            culture.Value<bool>("bookable"),
            index.Remember("serviceChildren", page.Key, (i, key) =>
                (IReadOnlyList<TeaserView>)[.. Teasers.InGerman(i.Queries.Children(i.Snapshot, key, ReaderContentTypes.ServicePage)).Select(c => Teasers.Page(c.Culture))]),
            [.. index.UpcomingEvents(now).Where(e => e.Culture.Value<Guid>("service") == page.Key).Select(Teasers.Event)],
            index.Footer);

    public static EventView Event(ReaderIndex index, PublishedCulture culture, DateTimeOffset now)
    {
        var times = EventTimes.From(culture);
        var service = culture.Value<Guid>("service") is var key && key != Guid.Empty
            ? index.Snapshot.GetByKey(key)?.GetCulture(Cultures.Default)
            : null;
        var isPast = times is { } t && !t.IsUpcoming(now);
        var started = times is { } s && s.HasStarted(now);
        return new EventView(
            culture.Name,
            ContentText.Lead(culture),
            ContentText.BodyHtml(culture),
            times is { } when ? GermanFormat.DateTimeRange(when.Start, when.End) : "Datum folgt",
            times is { } iso ? GermanFormat.IsoDateTime(iso.Start) : string.Empty,
            culture.Text("location"),
            GermanFormat.EventFormat(culture.Text("eventFormat")),
            culture.Properties.GetValueOrDefault("price") is decimal price ? GermanFormat.Price(price) : null,
            culture.Properties.GetValueOrDefault("capacity") is long capacity ? GermanFormat.Places(capacity) : null,
            culture.Value<bool>("registrationOpen") && !started,
            isPast,
            service is null ? null : new LinkView(service.Name, service.Path));
    }
}
