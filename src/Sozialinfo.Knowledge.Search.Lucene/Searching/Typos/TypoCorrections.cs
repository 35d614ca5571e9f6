using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Sozialinfo.Knowledge.Search.Lucene.Searching.Typos;

/// <summary>
/// <see cref="TypoCorrector"/>'s answers, kept per index version (the reader a search runs on) and word, misses too:
/// the query and the "Meinten Sie …?" suggestion of one search ask once, and a word readers mistype often costs its
/// expansion once per publish, not once per search. Bounded: a full table starts over, so a flood of random words
/// cannot grow memory.
/// </summary>
internal static class TypoCorrections
{
    private const int MaxWordsPerVersion = 20_000;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Field, string Word), string?>> ByVersion = [];

    /// <summary>The closest other word of <paramref name="field"/> to <paramref name="word"/> (lower-cased), or null.</summary>
    public static string? Closest(IndexReader reader, string field, string word, Func<string, bool> isSearchable)
    {
        var known = ByVersion.GetValue(reader, static _ => new());
        if (known.TryGetValue((field, word), out var correction))
        {
            return correction;
        }

        correction = TypoCorrector.Closest(reader, field, word, isSearchable);
        if (known.Count >= MaxWordsPerVersion)
        {
            known.Clear();
        }

        known[(field, word)] = correction;
        return correction;
    }
}
