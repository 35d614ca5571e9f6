using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;

/// <summary>
/// <c>filter=dossier:{key}[,{key}]</c>: content below the dossier with that GUID key (the dossier itself excluded, as
/// with Umbraco's <c>descendants:</c>); <c>filter=dossier:!{key}</c>: content outside it.
/// </summary>
public sealed class DossierFilter : IFilterHandler
{
    private const string DossierSpecifier = "dossier:";

    /// <inheritdoc />
    public bool CanHandle(string query) => FilterToken.TryParse(query, DossierSpecifier, NormalizeKey, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter)
        => FilterToken.Parse(filter, DossierSpecifier, NormalizeKey).ToFilterOption(SozialinfoIndexFields.Dossier);

    private static string? NormalizeKey(string value) => Guid.TryParse(value, out var key) ? key.ToString("D") : null;
}
