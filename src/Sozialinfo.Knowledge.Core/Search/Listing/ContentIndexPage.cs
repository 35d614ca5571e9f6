namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>
/// One page of a listing: the exact number of matches (no 10,000-hit ceiling), the keys of the page in order, and
/// the version of the index state that answered (changes with every index update; part of response ETags).
/// </summary>
public sealed record ContentIndexPage(int Total, IReadOnlyList<Guid> Keys, long IndexVersion)
{
    public static ContentIndexPage Empty(long indexVersion) => new(0, [], indexVersion);
}
