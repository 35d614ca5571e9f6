namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>One condition of a <see cref="ContentIndexListing"/>; <see cref="Negate"/> turns it into "none of".</summary>
public abstract record ContentIndexFilter(ContentIndexField Field, bool Negate);
