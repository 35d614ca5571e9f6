using System.Threading.RateLimiting;
using Sozialinfo.Knowledge.Features.Search.RateLimiting;

namespace Sozialinfo.Knowledge.Features.Tests.Search.RateLimiting;

public sealed class ClientSearchLimiterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void AttemptAcquire_BucketEmpty_FailsWithRetryAfterOfOnePeriod()
    {
        using var limiter = new ClientSearchLimiter(Options(permits: 2, concurrency: 10, queue: 0));

        using var first = limiter.AttemptAcquire();
        using var second = limiter.AttemptAcquire();
        using var third = limiter.AttemptAcquire();

        Assert.True(first.IsAcquired && second.IsAcquired);
        Assert.False(third.IsAcquired);
        Assert.True(third.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), retryAfter);
    }

    [Fact]
    public async Task AcquireAsync_AllSlotsTaken_WaitsForAFreeSlotInsteadOfFailing()
    {
        using var limiter = new ClientSearchLimiter(Options(permits: 10, concurrency: 1, queue: 5));
        var running = limiter.AttemptAcquire();

        var waiting = limiter.AcquireAsync(1, Token).AsTask();
        Assert.False(waiting.IsCompleted);
        running.Dispose();
        using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.True(next.IsAcquired);
    }

    [Fact]
    public void AttemptAcquire_AllSlotsTaken_SpendsNoToken()
    {
        // The middleware tries AttemptAcquire, then AcquireAsync: a taken slot must not cost the client a token twice.
        using var limiter = new ClientSearchLimiter(Options(permits: 2, concurrency: 1, queue: 0));
        var running = limiter.AttemptAcquire();

        using (limiter.AttemptAcquire())
        {
        }

        running.Dispose();
        using var second = limiter.AttemptAcquire();
        Assert.True(second.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_FailsWithoutWaiting()
    {
        using var limiter = new ClientSearchLimiter(Options(permits: 10, concurrency: 1, queue: 0));
        using var running = limiter.AttemptAcquire();

        using var refused = await limiter.AcquireAsync(1, Token);

        Assert.False(refused.IsAcquired);
        Assert.Equal(1, SearchRateLimitRejection.RetryAfterSeconds(refused));
    }

    [Fact]
    public void TryReplenish_AfterAPeriod_RefillsTheBucket()
    {
        using var limiter = new ClientSearchLimiter(new SearchRateLimitOptions
        {
            PermitLimit = 1, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromMilliseconds(100), ConcurrencyLimit = 1, QueueLimit = 0,
        });
        using (limiter.AttemptAcquire())
        {
        }

        using (var empty = limiter.AttemptAcquire())
        {
            Assert.False(empty.IsAcquired);
        }

        Assert.False(limiter.IsAutoReplenishing);
        Thread.Sleep(250);
        Assert.True(limiter.TryReplenish());
        using var refilled = limiter.AttemptAcquire();
        Assert.True(refilled.IsAcquired);
    }

    [Fact]
    public void IdleDuration_BucketFullButRequestRunning_Null()
    {
        // Idle limiters are removed and disposed by the partitioned limiter; one with a running request must stay.
        using var limiter = new ClientSearchLimiter(new SearchRateLimitOptions
        {
            PermitLimit = 1, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromMilliseconds(100), ConcurrencyLimit = 2, QueueLimit = 0,
        });
        Assert.NotNull(limiter.IdleDuration);

        using var running = limiter.AttemptAcquire();
        Thread.Sleep(250);
        limiter.TryReplenish();

        Assert.Equal(1, limiter.GetStatistics()?.CurrentAvailablePermits);
        Assert.Null(limiter.IdleDuration);
    }

    private static SearchRateLimitOptions Options(int permits, int concurrency, int queue) => new()
    {
        PermitLimit = permits,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1),
        ConcurrencyLimit = concurrency,
        QueueLimit = queue,
    };
}
