using System.Collections.Concurrent;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>
/// Answers of /api/search per published snapshot version: the same query against the same content gives the same
/// answer, and readers ask the same few queries again and again (a Zipf distribution), so a repeated query costs a
/// dictionary lookup instead of a search with facets and snippets. A new snapshot version empties the cache: the
/// indexes are updated before a snapshot is swapped in, so an answer is never older than the version it is kept under.
/// Bounded: when full, new answers are not kept until the next version.
/// </summary>
internal sealed class SearchResponseCache
{
    public const int MaxEntries = 2_000;

    // Longer keys come from unusual requests (many filters); they are answered but not kept.
    public const int MaxKeyLength = 1_024;

    private Generation _current = new(0);

    public bool TryGet(long version, string key, out SearchResponse response)
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Version == version && generation.Answers.TryGetValue(key, out var found))
        {
            response = found;
            return true;
        }

        response = null!;
        return false;
    }

    public void Add(long version, string key, SearchResponse response)
    {
        if (key.Length > MaxKeyLength)
        {
            return;
        }

        var generation = Volatile.Read(ref _current);
        if (generation.Version < version)
        {
            var next = new Generation(version);
            generation = Interlocked.CompareExchange(ref _current, next, generation) == generation ? next : Volatile.Read(ref _current);
        }

        if (generation.Version == version && generation.Answers.Count < MaxEntries)
        {
            generation.Answers.TryAdd(key, response);
        }
    }

    /// <summary>A request's identity: every input that shapes the answer, in a fixed order.</summary>
    public static string Key(string? text, string culture, int skip, int take, params IReadOnlyList<string>[] filters)
    {
        var builder = new System.Text.StringBuilder(64);
        builder.Append(culture).Append('\u0001').Append(skip).Append('\u0001').Append(take).Append('\u0001').Append(text);
        foreach (var filter in filters)
        {
            builder.Append('\u0002');
            foreach (var value in filter.Order(StringComparer.Ordinal))
            {
                builder.Append(value).Append('\u0001');
            }
        }

        return builder.ToString();
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, SearchResponse> Answers { get; } = new(StringComparer.Ordinal);
    }
}
