namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>The Delivery API settings, bound from "Umbraco:CMS:DeliveryApi" as Umbraco names them.</summary>
public sealed class DeliveryApiOptions
{
    public const string SectionName = "Umbraco:CMS:DeliveryApi";

    /// <summary>False answers every Delivery API request with 404, as Umbraco does when the API is off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>False requires a valid Api-Key header on every request.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>The key for preview and for non-public access; empty means preview is impossible.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Document types that are never output: 404 as an item, left out of queries and pickers.</summary>
    public IList<string> DisallowedContentTypeAliases { get; } = [];

    /// <summary>When not empty, only these document types are output.</summary>
    public IList<string> AllowedContentTypeAliases { get; } = [];

    /// <summary>Umbraco's switch for RichText as JSON; the platform has no RichText editor, so it changes nothing.</summary>
    public bool RichTextOutputAsJson { get; set; }

    /// <summary>The largest accepted take; above it a query answers 400 (Umbraco has no limit).</summary>
    public int MaxTake { get; set; } = 1000;
}
