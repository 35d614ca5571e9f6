using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>A parsed filter, asked once per candidate; negation is part of the option.</summary>
internal abstract class FilterOption
{
    public abstract bool IsMatch(PublishedContent content, PublishedCulture culture);
}
