namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>What editors see about an index.</summary>
/// <param name="Name">One of <see cref="SearchIndexNames"/>.</param>
/// <param name="DocumentCount">Index documents (one per item and culture).</param>
/// <param name="LastUpdated">Time of the last commit, null for an index never written.</param>
/// <param name="Health">Whether the index can serve queries or must be rebuilt first.</param>
/// <param name="SchemaVersion">The field layout version the index was written with.</param>
/// <param name="Detail">Why a rebuild is required, in plain words; null when healthy.</param>
public sealed record IndexStatus(string Name, int DocumentCount, DateTimeOffset? LastUpdated, IndexHealth Health, int SchemaVersion, string? Detail);
