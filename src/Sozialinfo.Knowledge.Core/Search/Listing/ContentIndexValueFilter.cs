namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>
/// The field holds any of <see cref="Values"/> (keys in "D" format). No values match nothing (negated: everything),
/// so a selector whose item does not exist gives an empty listing instead of all content.
/// </summary>
public sealed record ContentIndexValueFilter(ContentIndexField Field, IReadOnlyList<string> Values, bool Negate = false)
    : ContentIndexFilter(Field, Negate);
