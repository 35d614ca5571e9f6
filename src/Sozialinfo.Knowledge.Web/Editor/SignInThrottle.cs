using System.Collections.Concurrent;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>
/// Slows down guessing the editor key: after <see cref="MaxFailures"/> wrong keys from one address within
/// <see cref="Window"/>, that address may not try again until the oldest failure has left the window. Successful
/// sign-ins are never limited. Kept in memory per process, which is enough to make guessing a long key hopeless.
/// </summary>
internal sealed class SignInThrottle(TimeProvider timeProvider)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // Bounds memory under a flood from many addresses; expired entries are dropped first.
    private const int MaxAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="address"/> must wait before the next try; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string address)
    {
        if (!_failures.TryGetValue(address, out var failures))
        {
            return TimeSpan.Zero;
        }

        lock (failures)
        {
            var now = timeProvider.GetUtcNow();
            failures.DropBefore(now - Window);
            return failures.Count < MaxFailures ? TimeSpan.Zero : failures.Oldest + Window - now;
        }
    }

    public void RecordFailure(string address)
    {
        var now = timeProvider.GetUtcNow();
        if (_failures.Count >= MaxAddresses)
        {
            foreach (var (key, entry) in _failures)
            {
                lock (entry)
                {
                    entry.DropBefore(now - Window);
                    if (entry.Count == 0)
                    {
                        _failures.TryRemove(key, out _);
                    }
                }
            }
        }

        var failures = _failures.GetOrAdd(address, static _ => new Failures());
        lock (failures)
        {
            failures.DropBefore(now - Window);
            failures.Add(now);
        }
    }

    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count => _times.Count;

        public DateTimeOffset Oldest => _times.Peek();

        public void Add(DateTimeOffset time)
        {
            _times.Enqueue(time);
            while (_times.Count > MaxFailures)
            {
                _times.Dequeue();
            }
        }

        public void DropBefore(DateTimeOffset limit)
        {
            while (_times.Count > 0 && _times.Peek() <= limit)
            {
                _times.Dequeue();
            }
        }
    }
}
