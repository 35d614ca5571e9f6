using Microsoft.AspNetCore.Mvc;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>
/// The request headers every Delivery API endpoint reads, bound with [AsParameters] so that OpenAPI lists them (the
/// host documents them as Umbraco does, and turns Api-Key into the ApiKeyAuth security scheme).
/// </summary>
internal class DeliveryHeaders
{
    /// <summary>
    /// Responses differ by these request headers; caches must key on them. Accept-Segment is not among them: the answer
    /// never depends on it (Umbraco leaves it out of Vary too).
    /// </summary>
    public const string Vary = "Accept-Language, Preview, Start-Item, Api-Key";

    [FromHeader(Name = "Accept-Language")]
    public string? AcceptLanguage { get; set; }

    /// <summary>
    /// Umbraco 16+ segments. The platform has no segment variants, so every value (known or not) is accepted and
    /// ignored, as Umbraco does for a segment that content does not vary by.
    /// </summary>
    [FromHeader(Name = "Accept-Segment")]
    public string? AcceptSegment { get; set; }

    [FromHeader(Name = "Preview")]
    public string? Preview { get; set; }

    [FromHeader(Name = "Start-Item")]
    public string? StartItem { get; set; }

    [FromHeader(Name = "Api-Key")]
    public string? ApiKey { get; set; }
}
