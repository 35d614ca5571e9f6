namespace Sozialinfo.Knowledge.Web.Hosting;

/// <summary>
/// Where the site is reached, bound from "Site". Absolute URLs are built from <see cref="PublicUrl"/> only, never from
/// the request's Host header; without it, redirects stay relative.
/// </summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>Scheme, host and port readers use, e.g. "https://wissen.sozialinfo.ch" (no path, query or fragment); empty = relative URLs.</summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary>
    /// The URL for a local <paramref name="pathAndQuery"/> (starting with "/"): as it is without <see cref="PublicUrl"/>,
    /// otherwise prefixed with it.
    /// </summary>
    public string UrlFor(string pathAndQuery) =>
        string.IsNullOrEmpty(PublicUrl) ? pathAndQuery : PublicUrl.TrimEnd('/') + pathAndQuery;
}
