using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Views;

/// <summary>
/// Who publishes the site and how to reach them, and the links every page carries at its foot (contact, privacy
/// notice, imprint, accessibility statement). Editors keep it on the start page (group "Fusszeile").
/// </summary>
public sealed record SiteFooter(
    string OrganisationName,
    IReadOnlyList<string> AddressLines,
    string? Email,
    string? Phone,
    IReadOnlyList<LinkView> Links)
{
    public bool HasContact => AddressLines.Count > 0 || Email is not null || Phone is not null;

    /// <summary>The phone number as a tel: URI (digits and a leading plus only).</summary>
    public string? PhoneHref => Phone is null ? null : "tel:" + string.Concat(Phone.Where(c => char.IsAsciiDigit(c) || c == '+'));

    /// <summary>Reads the footer from the start page; links to pages that are not published are left out.</summary>
    public static SiteFooter From(ContentSnapshot snapshot, PublishedContent? home, string siteName)
    {
        var culture = home?.GetCulture(Cultures.Default);
        if (culture is null)
        {
            return new SiteFooter(siteName, [], null, null, []);
        }

        var address = culture.Text("postalAddress") is { } text
            ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var links = (culture.Value<IReadOnlyList<Guid>>("footerLinks") ?? [])
            .Select(key => snapshot.GetByKey(key)?.GetCulture(Cultures.Default))
            .OfType<PublishedCulture>()
            .Select(page => new LinkView(page.Name, page.Path))
            .ToList();
        return new SiteFooter(
            NonEmpty(culture.Text("organisationName")) ?? siteName,
            address,
            NonEmpty(culture.Text("contactEmail")),
            NonEmpty(culture.Text("contactPhone")),
            links);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
