using Sozialinfo.Knowledge.Umbraco.DeliveryApi.Indexing;
using Sozialinfo.Knowledge.Umbraco.Tags;
using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;

/// <summary>
/// <c>filter=tag:thema:ndsg,format:artikel</c> (content with any of the tags) and <c>filter=tag:!format:workshop</c>
/// (content with none of them). Tags are compared in lower case.
/// </summary>
public sealed class TagFilter : IFilterHandler
{
    private const string TagSpecifier = "tag:";

    /// <inheritdoc />
    public bool CanHandle(string query) => FilterToken.TryParse(query, TagSpecifier, NormalizeTag, out _);

    /// <inheritdoc />
    public FilterOption BuildFilterOption(string filter)
        => FilterToken.Parse(filter, TagSpecifier, NormalizeTag).ToFilterOption(SozialinfoIndexFields.Tag);

    private static string? NormalizeTag(string value) => DigitalCheckTags.Normalize(value);
}
