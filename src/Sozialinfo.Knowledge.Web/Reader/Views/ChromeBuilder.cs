using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Reader.Content;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>Title, description, breadcrumbs and the current navigation section of a page.</summary>
internal static class ChromeBuilder
{
    public const string HomeLabel = "Startseite";

    public static PageChrome ForContent(ReaderIndex index, PublishedContent item, PublishedCulture culture) =>
        index.Remember("chrome", item.Key, (i, _) => Build(i, item, culture));

    public static PageChrome ForNotFound(ReaderIndex index) =>
        new($"Seite nicht gefunden – {index.SiteName}", null, index.SiteName, index.Navigation, [new LinkView(HomeLabel, "/")], "Seite nicht gefunden", null, null, index.Footer);

    private static PageChrome Build(ReaderIndex index, PublishedContent item, PublishedCulture culture)
    {
        var isStart = ReferenceEquals(item, index.Home);
        var ancestors = index.Snapshot.GetAncestors(item.Key)
            .Reverse()
            .Select(a => (Item: a, Culture: a.GetCulture(Cultures.Default)))
            .Where(a => a.Culture is not null)
            .ToList();
        var breadcrumbs = ancestors
            .Select(a => new LinkView(ReferenceEquals(a.Item, index.Home) ? HomeLabel : a.Culture!.Name, a.Culture!.Path))
            .ToList();
        var sectionPath = ancestors.Count >= 2 ? ancestors[1].Culture!.Path : culture.Path;
        var section = index.Navigation.FirstOrDefault(n => n.Href == sectionPath)?.Href;
        var title = culture.Text("metaTitle") is { Length: > 0 } metaTitle
            ? metaTitle
            : isStart ? index.SiteName : $"{culture.Name} – {index.SiteName}";
        var description = culture.Text("metaDescription") is { Length: > 0 } metaDescription ? metaDescription : ContentText.Lead(culture);
        return new PageChrome(title, description, index.SiteName, index.Navigation, isStart ? [] : breadcrumbs, culture.Name, culture.Path, section, index.Footer);
    }
}
