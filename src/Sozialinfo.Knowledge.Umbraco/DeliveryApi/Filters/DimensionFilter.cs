using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;
using Sozialinfo.Knowledge.Umbraco.Tags;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;

/// <summary>
/// <c>filter=dimension:datenschutz[,strategie]</c>: content tagged <c>dc-dimension:datenschutz</c> (or any listed
/// dimension); <c>filter=dimension:!datenschutz</c>: content without it. A key is letters, digits and hyphens.
/// </summary>
public sealed class DimensionFilter : IFilterHandler
{
    private const string DimensionSpecifier = "dimension:";

    /// <inheritdoc />
    public bool CanHandle(string query) => FilterToken.TryParse(query, DimensionSpecifier, NormalizeKey, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter)
        => FilterToken.Parse(filter, DimensionSpecifier, NormalizeKey).ToFilterOption(SozialinfoIndexFields.Dimension);

    private static string? NormalizeKey(string value)
    {
        var key = DigitalCheckTags.Normalize(value);
        return DigitalCheckTags.IsKey(key) ? key : null;
    }
}
