using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>
/// The wrong keys of each client within the window (a sliding log of at most MaxFailures times per client), in memory
/// per process. At most MaxClients clients are remembered: when the table is full and nothing in it has expired, new
/// clients share one entry, so a flood from many addresses costs bounded memory and is throttled as one client.
/// </summary>
/// <remarks>
/// System.Threading.RateLimiting's partitioned limiters were considered: they take no <see cref="TimeProvider"/>
/// (so the window cannot be tested without waiting), keep one limiter per partition without an upper bound, and count
/// attempts rather than failures.
/// </remarks>
internal sealed class ApiKeyFailureLog(IOptions<ApiKeyThrottleOptions> options, TimeProvider clock)
{
    /// <summary>The entry clients share when the table is full.</summary>
    public const string SharedPartition = "(shared)";

    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    private readonly ApiKeyThrottleOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Failures> _clients = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    /// <summary>Clients remembered now (including the shared entry).</summary>
    public int TrackedClients => _clients.Count;

    public int MaxFailures => _options.MaxFailures;

    public TimeSpan Window => _options.Window;

    /// <summary>How long <paramref name="client"/> must wait before its next wrong key counts; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string client)
    {
        if (!_options.Enabled || Find(client) is not { } failures)
        {
            return TimeSpan.Zero;
        }

        var now = clock.GetUtcNow();
        lock (failures)
        {
            failures.DropBefore(now - _options.Window);
            return failures.Count < _options.MaxFailures ? TimeSpan.Zero : failures.Oldest + _options.Window - now;
        }
    }

    /// <summary>Counts a wrong key of <paramref name="client"/>; true when this one uses up the client's allowance.</summary>
    public bool RecordFailure(string client)
    {
        if (!_options.Enabled)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        while (true)
        {
            var failures = FindOrAdd(client, now);
            lock (failures)
            {
                if (failures.Removed)
                {
                    continue;
                }

                failures.DropBefore(now - _options.Window);
                failures.Add(now, _options.MaxFailures);
                return failures.Count == _options.MaxFailures;
            }
        }
    }

    private Failures? Find(string client) =>
        _clients.TryGetValue(client, out var failures)
            ? failures
            : _clients.Count >= _options.MaxClients && _clients.TryGetValue(SharedPartition, out var shared) ? shared : null;

    private Failures FindOrAdd(string client, DateTimeOffset now)
    {
        if (_clients.TryGetValue(client, out var failures))
        {
            return failures;
        }

        if (_clients.Count >= _options.MaxClients)
        {
            Sweep(now);
            if (_clients.Count >= _options.MaxClients)
            {
                return _clients.GetOrAdd(SharedPartition, static _ => new Failures());
            }
        }

        return _clients.GetOrAdd(client, static _ => new Failures());
    }

    /// <summary>Drops clients whose failures have all expired; at most once a second, so a flood cannot make every failure a full scan.</summary>
    private void Sweep(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < SweepInterval.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (client, failures) in _clients)
        {
            lock (failures)
            {
                failures.DropBefore(now - _options.Window);
                if (failures.Count == 0)
                {
                    failures.Removed = true;
                    _clients.TryRemove(new KeyValuePair<string, Failures>(client, failures));
                }
            }
        }
    }

    private sealed class Failures
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count => _times.Count;

        public DateTimeOffset Oldest => _times.Peek();

        /// <summary>Set under the lock when the entry has left the table; a writer that still holds it looks again.</summary>
        public bool Removed { get; set; }

        public void Add(DateTimeOffset time, int keep)
        {
            _times.Enqueue(time);
            while (_times.Count > keep)
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
