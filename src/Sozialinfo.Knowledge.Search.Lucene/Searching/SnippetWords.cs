using Lucene.Net.Analysis.De;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching;

/// <summary>
/// Recognises the words of a text that a query matched, without running the index analyzer over the text: each word
/// is lower-cased, folded like <see cref="GermanNormalizationFilter"/> and stemmed with
/// <see cref="GermanLightStemmer"/>, so it compares with the query's terms as the index does. A word also matches
/// when it contains a query term of four or more letters, which is how the index's compound parts match
/// ("datenschutz" in "Datenschutzgesetz"). About a hundred times cheaper than analysing the text with compound
/// decomposition, which made snippets the costliest part of a search.
/// </summary>
internal sealed class SnippetWords
{
    /// <summary>As the analyzer's MinSubwordSize: shorter parts are not looked for inside words.</summary>
    private const int MinPartLength = 4;

    private const int MaxWordLength = 64;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _terms;
    private readonly string[] _parts;
    private readonly GermanLightStemmer _stemmer = new();
    private readonly char[] _buffer = new char[MaxWordLength * 2];
    private readonly int _shortestTerm;

    public SnippetWords(IEnumerable<string> terms)
    {
        var set = terms.Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        _terms = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _parts = [.. set.Where(t => t.Length >= MinPartLength)];
        _shortestTerm = set.Count == 0 ? int.MaxValue : set.Min(t => t.Length);
    }

    public bool IsEmpty => _terms.Set.Count == 0;

    /// <summary>The [start, end) character ranges of matched words in <paramref name="text"/>, up to <paramref name="maxChars"/>.</summary>
    public List<(int Start, int End)> Matches(string text, int maxChars)
    {
        var matches = new List<(int Start, int End)>();
        var limit = Math.Min(text.Length, maxChars);
        var index = 0;
        while (index < limit)
        {
            if (!char.IsLetterOrDigit(text[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && char.IsLetterOrDigit(text[index]))
            {
                index++;
            }

            if (IsMatch(text.AsSpan(start, index - start)))
            {
                matches.Add((start, index));
            }
        }

        return matches;
    }

    private bool IsMatch(ReadOnlySpan<char> word)
    {
        // Folding and stemming only shorten a word (but for ß, which becomes ss): a word shorter than every term
        // can match none. Most function words end here.
        if (word.Length > MaxWordLength || (word.Length < _shortestTerm && !word.Contains('ß')))
        {
            return false;
        }

        var folded = Fold(word);
        foreach (var part in _parts)
        {
            if (folded.Contains(part.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        var stemmedLength = _stemmer.Stem(_buffer, folded.Length);
        return _terms.Contains(_buffer.AsSpan(0, stemmedLength));
    }

    /// <summary>Lower case, then GermanNormalizationFilter's rules: ä/ö/ü to a/o/u, ß to ss, ae/oe/ue (not after a vowel or q) to a/o/u.</summary>
    private Span<char> Fold(ReadOnlySpan<char> word)
    {
        const int None = 0, Umlaut = 1, Vowel = 2;
        var length = 0;
        var state = None;
        foreach (var original in word)
        {
            // ASCII first: char.ToLowerInvariant goes through TextInfo for every character, and this runs for
            // every word of every hit's body.
            var c = original switch
            {
                >= 'A' and <= 'Z' => (char)(original + ('a' - 'A')),
                < (char)128 => original,
                _ => char.ToLowerInvariant(original),
            };
            switch (c)
            {
                case 'a' or 'o':
                    state = Umlaut;
                    break;
                case 'u':
                    state = state == None ? Umlaut : Vowel;
                    break;
                case 'e' when state == Umlaut:
                    state = Vowel;
                    continue;
                case 'e' or 'i' or 'q' or 'y':
                    state = Vowel;
                    break;
                case 'ä':
                    c = 'a';
                    state = Vowel;
                    break;
                case 'ö':
                    c = 'o';
                    state = Vowel;
                    break;
                case 'ü':
                    c = 'u';
                    state = Vowel;
                    break;
                case 'ß':
                    _buffer[length++] = 's';
                    c = 's';
                    state = None;
                    break;
                default:
                    state = None;
                    break;
            }

            _buffer[length++] = c;
        }

        return _buffer.AsSpan(0, length);
    }
}
