using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Content;
using Sozialinfo.Knowledge.Web.Reader.Formatting;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>List entries for dossiers, articles, events and service pages.</summary>
internal static class Teasers
{
    public static TeaserView Dossier(ReaderIndex index, PublishedContent dossier, PublishedCulture culture) =>
        index.Remember("dossierTeaser", dossier.Key, (i, _) => new TeaserView(
            culture.Name,
            culture.Path,
            ContentText.Lead(culture),
            GermanFormat.ArticleCount(i.Queries.CountChildren(i.Snapshot, dossier.Key, ReaderContentTypes.Article))));

    public static TeaserView Article(PublishedCulture culture) =>
        new(culture.Name, culture.Path, ContentText.Lead(culture), GermanFormat.ReadingTime(ContentText.Body(culture).ReadingMinutes));

    public static TeaserView Event(ScheduledEvent scheduled)
    {
        var location = scheduled.Culture.Text("location");
        var when = GermanFormat.DateTimeRange(scheduled.Times.Start, scheduled.Times.End);
        return new TeaserView(
            scheduled.Culture.Name,
            scheduled.Culture.Path,
            ContentText.Lead(scheduled.Culture),
            string.IsNullOrWhiteSpace(location) ? when : $"{when}, {location}");
    }

    public static TeaserView Page(PublishedCulture culture) => new(culture.Name, culture.Path, ContentText.Lead(culture), null);

    /// <summary>The de-CH culture of each item that has one, keeping the order.</summary>
    public static IEnumerable<(PublishedContent Item, PublishedCulture Culture)> InGerman(IEnumerable<PublishedContent> items) =>
        items.Select(i => (Item: i, Culture: i.GetCulture(Cultures.Default)))
            .Where(i => i.Culture is not null)
            .Select(i => (i.Item, i.Culture!));
}
