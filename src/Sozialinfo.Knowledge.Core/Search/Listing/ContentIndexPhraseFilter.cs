namespace Sozialinfo.Knowledge.Core.Search.Listing;

/// <summary>
/// The words of <see cref="Text"/> occur in the field one after the other, whole, ignoring case and diacritics
/// ("mueller", "muller" and "MÜLLER" all find "Müller"). Text without a word matches nothing.
/// </summary>
public sealed record ContentIndexPhraseFilter(ContentIndexField Field, string Text, bool Negate = false)
    : ContentIndexFilter(Field, Negate);
