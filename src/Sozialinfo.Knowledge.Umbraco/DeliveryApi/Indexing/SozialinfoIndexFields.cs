namespace Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;

/// <summary>
/// Names of the Delivery API index fields the package adds. They carry a <c>sozialinfo</c> prefix so they never
/// clash with Umbraco's own fields ("first one wins" among index handlers) or with a site's handlers.
/// </summary>
public static class SozialinfoIndexFields
{
    /// <summary>Every tag of the <c>tags</c> property, normalised (<c>dc-dimension:datenschutz</c>, <c>thema:ndsg</c>). Raw string.</summary>
    public const string Tag = "sozialinfoTag";

    /// <summary>The keys of the <c>dc-dimension:</c> tags (<c>datenschutz</c>). Raw string.</summary>
    public const string Dimension = "sozialinfoDimension";

    /// <summary>The levels of the <c>dc-stufe:</c> tags (1 to 5). Number.</summary>
    public const string Level = "sozialinfoLevel";

    /// <summary>The keys (GUID, "D" format) of the ancestor dossiers of the item. Raw string.</summary>
    public const string Dossier = "sozialinfoDossier";
}
