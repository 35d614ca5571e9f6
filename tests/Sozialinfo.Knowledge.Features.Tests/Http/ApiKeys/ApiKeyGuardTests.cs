using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Features.Tests.Http.ApiKeys;

public sealed class ApiKeyGuardTests
{
    private const string Key = "the-right-key-of-at-least-some-length";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 10, 11, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Check_WrongKeysUpToTheAllowance_AreRejectedThenThrottled()
    {
        var guard = CreateGuard();
        var client = Request("203.0.113.7");

        var verdicts = Enumerable.Range(0, 6).Select(attempt => guard.Check(client, $"guess-{attempt}").Verdict).ToList();

        Assert.Equal([.. Enumerable.Repeat(ApiKeyVerdict.Rejected, 5), ApiKeyVerdict.Throttled], verdicts);
    }

    [Fact]
    public void Check_RightKeyAfterTheAllowanceIsUsedUp_IsStillAccepted()
    {
        var guard = CreateGuard();
        var client = Request("203.0.113.7");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            guard.Check(client, $"guess-{attempt}");
        }

        Assert.Equal(ApiKeyVerdict.Throttled, guard.Check(client, "guess-again").Verdict);
        Assert.Equal(ApiKeyVerdict.Accepted, guard.Check(client, Key).Verdict);
    }

    [Fact]
    public void Check_ThrottledClient_GetsRetryAfterUntilItsOldestFailureHasExpired()
    {
        var guard = CreateGuard();
        var client = Request("203.0.113.7");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            guard.Check(client, "wrong");
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        var throttled = guard.Check(client, "wrong");
        _clock.Advance(throttled.RetryAfter);
        var later = guard.Check(client, "wrong");

        Assert.Equal(ApiKeyVerdict.Throttled, throttled.Verdict);
        Assert.Equal(TimeSpan.FromMinutes(10), throttled.RetryAfter);
        Assert.Equal(600, throttled.RetryAfterSeconds);
        Assert.Equal(ApiKeyVerdict.Rejected, later.Verdict);
    }

    [Fact]
    public void Check_OneClientThrottled_OtherClientsAreNot()
    {
        var guard = CreateGuard();
        var guesser = Request("203.0.113.7");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            guard.Check(guesser, "wrong");
        }

        Assert.Equal(ApiKeyVerdict.Throttled, guard.Check(guesser, "wrong").Verdict);
        Assert.Equal(ApiKeyVerdict.Rejected, guard.Check(Request("198.51.100.1"), "wrong").Verdict);
    }

    [Fact]
    public void Check_MissingKey_CountsAsAFailure()
    {
        var guard = CreateGuard();
        var client = Request("203.0.113.7");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            guard.Check(client, null);
        }

        Assert.Equal(ApiKeyVerdict.Throttled, guard.Check(client, string.Empty).Verdict);
    }

    [Fact]
    public void Check_NoKeyConfigured_AcceptsNothing()
    {
        var guard = CreateGuard(configuredKey: null);

        Assert.Equal(ApiKeyVerdict.Rejected, guard.Check(Request("203.0.113.7"), string.Empty).Verdict);
        Assert.False(guard.Matches(string.Empty));
    }

    [Fact]
    public void Check_ThrottleDisabled_NeverThrottles()
    {
        var guard = CreateGuard(enabled: false);
        var client = Request("203.0.113.7");

        var verdicts = Enumerable.Range(0, 20).Select(_ => guard.Check(client, "wrong").Verdict).Distinct();

        Assert.Equal([ApiKeyVerdict.Rejected], verdicts);
    }

    [Fact]
    public void Check_AddressesOfOneIpv6Network_CountAsOneClient()
    {
        var guard = CreateGuard();
        for (var host = 1; host <= 5; host++)
        {
            guard.Check(Request($"2001:db8:1:2::{host:x}"), "wrong");
        }

        Assert.Equal(ApiKeyVerdict.Throttled, guard.Check(Request("2001:db8:1:2:ffff::1"), "wrong").Verdict);
        Assert.Equal(ApiKeyVerdict.Rejected, guard.Check(Request("2001:db8:1:3::1"), "wrong").Verdict);
    }

    [Fact]
    public void Check_KeyLongerThanTheLimit_IsRejectedWithoutComparing()
    {
        var guard = CreateGuard(configuredKey: new string('k', ApiKeyGuard.MaxKeyLength + 1));

        Assert.False(guard.Matches(new string('k', ApiKeyGuard.MaxKeyLength + 1)));
    }

    private ApiKeyGuard CreateGuard(string? configuredKey = Key, bool enabled = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ApiKeyGuard.ConfigurationKey] = configuredKey })
            .Build();
        var options = Options.Create(new ApiKeyThrottleOptions { Enabled = enabled, MaxFailures = 5, Window = TimeSpan.FromMinutes(15) });
        return new ApiKeyGuard(configuration, new ApiKeyFailureLog(options, _clock), NullLogger<ApiKeyGuard>.Instance);
    }

    private static DefaultHttpContext Request(string address)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return context;
    }
}
