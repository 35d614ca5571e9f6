namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>
/// What the layout needs around every page: title, description, site name, navigation, breadcrumbs (from the start
/// page down to the parent; the current page is CurrentName), the page's own route (null for the 404 page) and the
/// main-navigation section it belongs to, and the site's footer.
/// </summary>
public sealed record PageChrome(
    string Title,
    string? Description,
    string SiteName,
    IReadOnlyList<LinkView> Navigation,
    IReadOnlyList<LinkView> Breadcrumbs,
    string CurrentName,
    string? Path,
    string? Section,
    SiteFooter Footer);
