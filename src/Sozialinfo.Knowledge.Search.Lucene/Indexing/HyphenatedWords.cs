using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>
/// German writes many compounds either way ("Datenschutz-Folgenabschätzung", "Datenschutzfolgenabschätzung").
/// The tokenizer splits at the hyphen, which serves the spaced and hyphenated forms; the joined form is indexed
/// as well (in its own field) so a reader typing the compound as one word finds it too.
/// </summary>
internal static partial class HyphenatedWords
{
    public static IEnumerable<string> Joined(string text) =>
        Hyphenated().Matches(text).Select(m => m.Value.Replace("-", string.Empty, StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\p{L}{2,}(?:-\p{L}{2,})+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hyphenated();
}
