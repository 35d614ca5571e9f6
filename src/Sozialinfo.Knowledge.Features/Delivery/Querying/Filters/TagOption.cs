using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>Items whose <c>tags</c> property holds any of the values (exact tag, case-insensitive), or none of them.</summary>
internal sealed class TagOption(FilterValues tags) : FilterOption
{
    public const string TagsAlias = "tags";

    public override bool IsMatch(PublishedContent content, PublishedCulture culture) =>
        tags.ContainsAny(culture.Tags(TagsAlias)) != tags.Negate;
}
