using System.Globalization;

namespace Sozialinfo.Knowledge.Benchmarks.Search.Load;

/// <summary>
/// Picks the query words of the load test from the corpus itself: words of at least five letters that occur in
/// article titles (what readers type), ranked by the number of articles whose text contains them, and taken at
/// evenly spaced ranks so that the list runs from very common to rare terms rather than only the cheapest or the
/// most expensive ones. Function words are left out: the German analyser drops them, which would make a query free.
/// </summary>
internal sealed class QueryVocabulary
{
    private const int MinLength = 5;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "aber", "alle", "allen", "aller", "alles", "als", "andere", "anderen", "auch", "damit", "dass", "denen", "deren", "diese",
        "diesem", "diesen", "dieser", "dieses", "durch", "einem", "einen", "einer", "eines", "etwas", "gegen", "haben", "hatte",
        "ihnen", "ihrem", "ihren", "ihrer", "immer", "jetzt", "kann", "keine", "können", "müssen", "nach", "nicht", "ohne",
        "schon", "sehr", "seine", "seiner", "sich", "sind", "sollen", "sollte", "sowie", "unter", "viele", "warum", "welche",
        "welcher", "welches", "werden", "wieder", "wird", "wurde", "wurden", "zwischen", "unsere", "unserer", "wenn", "weil",
    };

    private readonly Dictionary<string, int> _articlesWith = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleWords = new(StringComparer.Ordinal);
    private int _articles;

    public void Add(string title, string text)
    {
        _articles++;
        foreach (var word in Words(title))
        {
            _titleWords.Add(word);
        }

        foreach (var word in Words(text).ToHashSet(StringComparer.Ordinal))
        {
            _articlesWith[word] = _articlesWith.GetValueOrDefault(word) + 1;
        }
    }

    /// <summary>Up to <paramref name="count"/> title words from the most common to the rarest, evenly spaced by rank.</summary>
    public IReadOnlyList<(string Word, int Articles)> Spread(int count)
    {
        var ranked = _titleWords
            .Where(word => !FunctionWords.Contains(word))
            .Select(word => (Word: word, Articles: _articlesWith.GetValueOrDefault(word)))
            .Where(entry => entry.Articles > 0)
            .OrderByDescending(entry => entry.Articles)
            .ThenBy(entry => entry.Word, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count <= count)
        {
            return ranked;
        }

        return [.. Enumerable.Range(0, count).Select(i => ranked[(int)((long)i * (ranked.Count - 1) / (count - 1))])];
    }

    /// <summary>Pairs of the spread words, each word with one from another part of the list.</summary>
    public static IReadOnlyList<string> Pairs(IReadOnlyList<string> words)
    {
        if (words.Count < 2)
        {
            return [];
        }

        var stride = Math.Max(1, words.Count / 3);
        return [.. words.Select((word, i) => $"{word} {words[(i + stride) % words.Count]}").Where(pair => pair.Split(' ') is [var a, var b] && a != b)];
    }

    public string Describe((string Word, int Articles) entry) =>
        string.Create(CultureInfo.InvariantCulture, $"{entry.Word}\t{entry.Articles}\t{100.0 * entry.Articles / Math.Max(1, _articles):F1}%");

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                if (i - start >= MinLength)
                {
                    yield return text[start..i].ToLowerInvariant();
                }

                start = -1;
            }
        }
    }
}
