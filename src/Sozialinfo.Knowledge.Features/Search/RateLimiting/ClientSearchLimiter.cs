using System.Threading.RateLimiting;

namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>
/// The limiter of one client: a token bucket (how many searches) in front of a concurrency limiter (how many at
/// once). A replenishing limiter itself, so the partitioned limiter's heartbeat refills the bucket and no client needs
/// a timer of its own; the framework's chained limiter is neither replenishing nor disposes what it chains. The
/// bucket's leases hold nothing, so an acquired request holds only its concurrency lease.
/// </summary>
internal sealed class ClientSearchLimiter : ReplenishingRateLimiter
{
    private readonly TokenBucketRateLimiter _bucket;
    private readonly ConcurrencyLimiter _concurrency;

    public ClientSearchLimiter(SearchRateLimitOptions options)
    {
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.PermitLimit,
            TokensPerPeriod = options.TokensPerPeriod,
            ReplenishmentPeriod = options.ReplenishmentPeriod,
            AutoReplenishment = false,
            QueueLimit = 0,
        });
        _concurrency = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.ConcurrencyLimit,
            QueueLimit = options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public override bool IsAutoReplenishing => false;

    public override TimeSpan ReplenishmentPeriod => _bucket.ReplenishmentPeriod;

    /// <summary>Idle (and so removable) only when the bucket is full and nothing runs or waits.</summary>
    public override TimeSpan? IdleDuration =>
        _bucket.IdleDuration is { } bucketIdle && _concurrency.IdleDuration is { } concurrencyIdle
            ? (bucketIdle < concurrencyIdle ? bucketIdle : concurrencyIdle)
            : null;

    public override bool TryReplenish() => _bucket.TryReplenish();

    public override RateLimiterStatistics? GetStatistics() => _bucket.GetStatistics();

    /// <summary>
    /// The concurrency slot first: when it is taken no token is spent, so the middleware's second, waiting attempt
    /// (<see cref="AcquireAsyncCore"/>) does not charge the client twice.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var slot = _concurrency.AttemptAcquire(permitCount);
        if (!slot.IsAcquired)
        {
            return slot;
        }

        var tokens = _bucket.AttemptAcquire(permitCount);
        if (tokens.IsAcquired)
        {
            return slot;
        }

        slot.Dispose();
        return tokens;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var tokens = _bucket.AttemptAcquire(permitCount);
        if (!tokens.IsAcquired)
        {
            return tokens;
        }

        return await _concurrency.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _bucket.Dispose();
            _concurrency.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _bucket.DisposeAsync().ConfigureAwait(false);
        await _concurrency.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }
}
