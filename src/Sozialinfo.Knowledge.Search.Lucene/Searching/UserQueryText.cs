using System.Text;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// What a reader typed, made safe: control characters removed, at most <see cref="MaxLength"/> characters and
/// <see cref="MaxTerms"/> words, split into "quoted phrases" and loose words. Nothing else is syntax: Lucene
/// operators and wildcards are ordinary characters that the tokenizer drops, so no input can fail to parse.
/// An unbalanced quote makes the rest of the text a phrase, as a reader would expect.
/// </summary>
internal sealed record UserQueryText(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public const int MaxLength = Core.Search.SearchQuery.MaxTextLength;
    public const int MaxTerms = 32;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static UserQueryText Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new UserQueryText([], []);
        }

        var clean = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text)
        {
            if (clean.Length == MaxLength)
            {
                break;
            }

            clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : NormalizeQuote(c));
        }

        var words = new List<string>();
        var phrases = new List<string>();
        var parts = clean.ToString().Split('"');
        for (var index = 0; index < parts.Length; index++)
        {
            var part = parts[index].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            // Odd parts are inside quotes; an unbalanced quote leaves the last odd part open: still a phrase.
            if (index % 2 == 1)
            {
                phrases.Add(part);
            }
            else
            {
                words.AddRange(part.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return new UserQueryText([.. words.Take(MaxTerms)], [.. phrases.Take(MaxTerms)]);
    }

    private static char NormalizeQuote(char c) => c is '«' or '»' or '„' or '“' or '”' ? '"' : c;
}
