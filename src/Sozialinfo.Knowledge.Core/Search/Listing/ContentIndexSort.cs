namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>One sort of a listing: Name, CreateDate, UpdateDate, Level or SortOrder.</summary>
public sealed record ContentIndexSort(ContentIndexField Field, bool Descending = false);
