using System.Collections.Concurrent;

namespace Sozialinfo.Knowledge.Features.Http.Caching;

/// <summary>
/// Answers kept per content version: the same request against the same content gives the same answer, and readers ask
/// the same few questions again and again, so a repeated request costs a dictionary lookup. A newer version starts an
/// empty generation (older answers are dropped at once); an answer for an older version is not kept. Bounded: when
/// full, new answers are not kept until the next version; over-long keys are never kept.
/// </summary>
internal class VersionedAnswerCache<TAnswer>(int maxEntries, int maxKeyLength)
    where TAnswer : class
{
    private Generation _current = new(0);

    public int MaxEntries { get; } = maxEntries;

    public int MaxKeyLength { get; } = maxKeyLength;

    public bool TryGet(long version, string key, out TAnswer answer)
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Version == version && generation.Answers.TryGetValue(key, out var found))
        {
            answer = found;
            return true;
        }

        answer = null!;
        return false;
    }

    public void Add(long version, string key, TAnswer answer)
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
            generation.Answers.TryAdd(key, answer);
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<string, TAnswer> Answers { get; } = new(StringComparer.Ordinal);
    }
}
