using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>A parsed-enough Delivery API query: raw fetch/filter/sort tokens plus paging, culture and start item.</summary>
internal sealed record ContentQueryRequest(
    string? Fetch,
    IReadOnlyList<string> Filters,
    IReadOnlyList<string> Sorts,
    int Skip,
    int Take,
    string Culture,
    PublishedContent? StartItem);
