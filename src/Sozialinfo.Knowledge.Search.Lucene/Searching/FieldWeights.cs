using Sozialinfo.Knowledge.Search.Lucene.Indexing;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Query-time boosts per text field. Why this order: a title names what the whole text is about, headings name
/// what a section is about, tags are an editor's deliberate classification, the lead summarises; the body mentions
/// many things in passing. Boosting at query time (not at index time) keeps the weights tunable without a rebuild.
/// Lucene's length norm already favours short fields, so the gaps stay moderate.
/// </summary>
internal static class FieldWeights
{
    public static IReadOnlyList<(string Field, float Boost)> Text { get; } =
    [
        (ContentIndexFields.Title, 5f),
        (ContentIndexFields.Headings, 2.5f),
        (ContentIndexFields.TagText, 2.5f),
        (ContentIndexFields.Lead, 2f),
        (ContentIndexFields.Body, 1f),
        (ContentIndexFields.Joined, 1.5f),
    ];

    /// <summary>Fields where words standing close together (a sloppy phrase of the whole query) earn a bonus.</summary>
    public static IReadOnlyList<(string Field, float Boost)> ProximityFields { get; } =
    [
        (ContentIndexFields.Title, 5f),
        (ContentIndexFields.Headings, 2.5f),
        (ContentIndexFields.Lead, 2f),
        (ContentIndexFields.Body, 1f),
    ];

    /// <summary>How far apart (in positions) the words may stand for the proximity bonus.</summary>
    public const int ProximitySlop = 3;

    /// <summary>
    /// A compound part found inside a query word counts less than the word itself, and much less when the word
    /// occurs verbatim in the index: then the texts using the word are the answer, and parts only break ties.
    /// When the compound occurs nowhere, its parts are what can still find something.
    /// </summary>
    public const float CompoundPart = 0.5f;

    /// <inheritdoc cref="CompoundPart"/>
    public const float CompoundPartOfKnownWord = 0.1f;

    /// <summary>The bonus of a sloppy phrase over all query words.</summary>
    public const float Proximity = 1f;

    /// <summary>A fuzzy (typo) match counts less than an exact one, so correct spellings rank first.</summary>
    public const float Fuzzy = 0.3f;

    /// <summary>
    /// A synonym (another term of the editors' group a query word belongs to) counts half of what the reader typed:
    /// it finds the same concept, but a text in the reader's own words is the better answer. A synonym of several
    /// words is a phrase, whose Lucene weight grows with the square of its summed idf; <see cref="ContentQueryBuilder"/>
    /// divides by the square of its length, so "künstliche Intelligenz" for "KI" weighs like a single word.
    /// </summary>
    public const float Synonym = 0.5f;

    /// <summary>A quoted phrase that matches is worth more than its words alone.</summary>
    public const float Phrase = 2f;
}
