namespace Sozialinfo.Knowledge.Core.Search.Synonyms;

/// <summary>
/// Reads the terms of a synonym group as editors type them: one per line, or separated by commas or semicolons;
/// blanks and repeats (ignoring case) are dropped. Bounded, because every term can become a clause of every query
/// that matches the group.
/// </summary>
public static class SynonymTerms
{
    public const int MaxTerms = 12;
    public const int MaxTermLength = 80;

    private static readonly char[] Separators = ['\n', '\r', ',', ';'];

    public static IReadOnlyList<string> Parse(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : [.. value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .Where(t => t.Length is > 0 and <= MaxTermLength)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(MaxTerms)];
}
