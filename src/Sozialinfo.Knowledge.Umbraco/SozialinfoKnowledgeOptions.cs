namespace Sozialinfo.Knowledge.Umbraco;

/// <summary>
/// Options of the Sozialinfo Knowledge package, bound from the configuration section
/// <c>Sozialinfo:Knowledge</c> (see <see cref="SectionName"/>) and validated on start.
/// </summary>
public sealed class SozialinfoKnowledgeOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Sozialinfo:Knowledge";

    /// <summary>
    /// Absolute http(s) base address of the Sozialinfo Knowledge platform, for example
    /// <c>https://knowledge.sozialinfo.example</c>. A path (<c>https://host/knowledge</c>) is kept.
    /// </summary>
    public Uri? PlatformBaseUrl { get; set; }

    /// <summary>The key sent in the <c>Api-Key</c> header of every request to the platform.</summary>
    public string PlatformApiKey { get; set; } = string.Empty;

    /// <summary>
    /// The culture reported for culture-invariant content (the site's default language), <c>de-CH</c> unless configured.
    /// </summary>
    public string Culture { get; set; } = "de-CH";

    /// <summary>
    /// How long one notification request to the platform may take before it is abandoned (and logged).
    /// Publishing waits for the request, so keep it short. Between 1 second and 2 minutes; 10 seconds by default.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
