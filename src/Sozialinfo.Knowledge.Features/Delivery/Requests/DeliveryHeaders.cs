using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>The request headers every Delivery API endpoint reads; bound with [AsParameters] so OpenAPI lists them.</summary>
internal class DeliveryHeaders
{
    /// <summary>Responses differ by these request headers; caches must key on them.</summary>
    public const string Vary = "Accept-Language, Preview, Start-Item, Api-Key";

    [FromHeader(Name = "Accept-Language")]
    [Description("Culture of the response: de-CH (default), fr-CH or it-CH; a browser-style list with q-values picks the best one the item has. No supported culture in the list means de-CH.")]
    public string? AcceptLanguage { get; set; }

    [FromHeader(Name = "Start-Item")]
    [Description("URL segment or GUID of the root to work under: routes are resolved below it and queries without fetch return its descendants. Unknown: 404.")]
    public string? StartItem { get; set; }

    [FromHeader(Name = "Preview")]
    [Description("\"true\" returns drafts instead of published content; needs a valid Api-Key, otherwise 401.")]
    public string? Preview { get; set; }

    [FromHeader(Name = "Api-Key")]
    [Description("The configured Delivery API key; required for preview, and for everything when public access is off.")]
    public string? ApiKey { get; set; }
}
