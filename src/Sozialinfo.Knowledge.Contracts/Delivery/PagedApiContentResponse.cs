namespace Sozialinfo.Knowledge.Contracts.Delivery;

/// <summary>One page of a content query: the total number of matches and the items of the requested page.</summary>
/// <param name="Total">How many items match the query; paging through it with skip and take yields exactly this many.</param>
/// <param name="Items">The items of the requested page, in query order.</param>
public sealed record PagedApiContentResponse(long Total, IReadOnlyList<ApiContentResponse> Items);
