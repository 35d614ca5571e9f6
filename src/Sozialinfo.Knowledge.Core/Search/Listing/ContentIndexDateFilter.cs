namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>The date field lies in [<see cref="From"/>, <see cref="Before"/>); an open end is null.</summary>
public sealed record ContentIndexDateFilter(ContentIndexField Field, DateTimeOffset? From, DateTimeOffset? Before, bool Negate = false)
    : ContentIndexFilter(Field, Negate);
