using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Features.Tests.Http.ApiKeys;

public sealed class ApiKeyFailureLogTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 11, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RecordFailure_TableFull_NewClientsShareOneEntry()
    {
        var log = CreateLog(maxClients: 3);
        foreach (var client in new[] { "a", "b", "c" })
        {
            log.RecordFailure(client);
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            log.RecordFailure($"flood-{attempt}");
        }

        Assert.Equal(4, log.TrackedClients);
        Assert.True(log.RetryAfter("flood-new") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, log.RetryAfter("a"));
    }

    [Fact]
    public void RecordFailure_TableFullOfExpiredClients_SweepsThemAndTracksTheNewOne()
    {
        var log = CreateLog(maxClients: 3);
        foreach (var client in new[] { "a", "b", "c" })
        {
            log.RecordFailure(client);
        }

        _clock.Advance(TimeSpan.FromMinutes(16));
        log.RecordFailure("d");

        Assert.Equal(1, log.TrackedClients);
    }

    [Fact]
    public void RecordFailure_FifthFailure_UsesUpTheAllowance()
    {
        var log = CreateLog(maxClients: 10);
        var usedUp = Enumerable.Range(0, 1000).Select(_ => log.RecordFailure("a")).ToList();

        Assert.False(usedUp[3]);
        Assert.True(usedUp[4]);
        Assert.Equal(TimeSpan.FromMinutes(15), log.RetryAfter("a"));
    }

    private ApiKeyFailureLog CreateLog(int maxClients) =>
        new(Options.Create(new ApiKeyThrottleOptions { MaxFailures = 5, Window = TimeSpan.FromMinutes(15), MaxClients = maxClients }), _clock);
}
