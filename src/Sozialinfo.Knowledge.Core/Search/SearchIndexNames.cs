namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>The named indexes, as Umbraco's Examine names them.</summary>
public static class SearchIndexNames
{
    /// <summary>Published content only: the reader site's search and suggestions.</summary>
    public const string ExternalIndex = "ExternalIndex";

    /// <summary>Published content and drafts (the preview snapshot): the editors' search.</summary>
    public const string InternalIndex = "InternalIndex";

    /// <summary>Published content for the Delivery API's query endpoint (fetch, filter, sort, paging).</summary>
    public const string DeliveryApiContentIndex = "DeliveryApiContentIndex";
}
