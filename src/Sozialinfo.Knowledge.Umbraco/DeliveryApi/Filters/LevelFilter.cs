using System.Globalization;
using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;
using Sozialinfo.Knowledge.Umbraco.Tags;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;

/// <summary>
/// <c>filter=level:2[,3]</c>: content tagged <c>dc-stufe:2</c> (or any listed level); <c>filter=level:!1</c>: content
/// without it. A level is 1 to 5.
/// </summary>
public sealed class LevelFilter : IFilterHandler
{
    private const string LevelSpecifier = "level:";

    /// <inheritdoc />
    public bool CanHandle(string query) => FilterToken.TryParse(query, LevelSpecifier, NormalizeLevel, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter)
        => FilterToken.Parse(filter, LevelSpecifier, NormalizeLevel).ToFilterOption(SozialinfoIndexFields.Level);

    private static string? NormalizeLevel(string value)
        => DigitalCheckTags.TryParseLevel(value, out var level) ? level.ToString(CultureInfo.InvariantCulture) : null;
}
