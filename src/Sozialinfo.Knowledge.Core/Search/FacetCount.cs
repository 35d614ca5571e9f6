namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>How many matches carry <see cref="Value"/> in a facet field.</summary>
public sealed record FacetCount(string Value, int Count);
