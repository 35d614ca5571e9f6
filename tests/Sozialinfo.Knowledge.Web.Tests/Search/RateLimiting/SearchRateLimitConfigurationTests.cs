namespace Sozialinfo.Knowledge.Web.Tests.Search.RateLimiting;

/// <summary>"Search:RateLimit" switches the limit off, changes it, and stops the host when it makes no sense.</summary>
public sealed class SearchRateLimitConfigurationTests
{
    [Fact]
    public async Task Get_LimitSwitchedOff_ServesEveryRequest()
    {
        await using var root = new KnowledgeApiFactory(new Dictionary<string, string?>
        {
            ["Search:RateLimit:Enabled"] = "false",
            ["Search:RateLimit:PermitLimit"] = "1",
            ["Search:RateLimit:TokensPerPeriod"] = "1",
            ["Search:RateLimit:ReplenishmentPeriod"] = "01:00:00",
        });
        using var client = TestClientAddress.WithClientAddresses(root).CreateClient();

        var api = await client.StatusesAsync("203.0.113.1", "/api/search?q=Datenschutz", 5);
        var page = await client.StatusesAsync("203.0.113.1", "/suche?q=Datenschutz", 5);

        Assert.All(api.Concat(page), status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task Get_PermitLimitChanged_LimitsAfterThatMany()
    {
        await using var root = new KnowledgeApiFactory(new Dictionary<string, string?>
        {
            ["Search:RateLimit:PermitLimit"] = "1",
            ["Search:RateLimit:TokensPerPeriod"] = "1",
            ["Search:RateLimit:ReplenishmentPeriod"] = "00:10:00",
        });
        using var client = TestClientAddress.WithClientAddresses(root).CreateClient();

        var statuses = await client.StatusesAsync("203.0.113.2", "/api/search?q=Datenschutz", 2);
        using var refused = await client.GetAsClientAsync("203.0.113.2", "/api/search?q=Datenschutz");

        Assert.Equal([200, 429], statuses);
        Assert.Equal(TimeSpan.FromMinutes(10), refused.Headers.RetryAfter?.Delta);
    }

    [Theory]
    [InlineData("PermitLimit", "0", "Search:RateLimit:PermitLimit must be between 1 and 1000000, not 0.")]
    [InlineData("TokensPerPeriod", "-1", "Search:RateLimit:TokensPerPeriod must be between 1 and 1000000, not -1.")]
    [InlineData("ReplenishmentPeriod", "00:00:00", "Search:RateLimit:ReplenishmentPeriod must be between 00:00:00.1000000 and 1.00:00:00, not 00:00:00.")]
    [InlineData("ConcurrencyLimit", "0", "Search:RateLimit:ConcurrencyLimit must be between 1 and 10000, not 0.")]
    [InlineData("QueueLimit", "-1", "Search:RateLimit:QueueLimit must be between 0 and 10000, not -1.")]
    public async Task Start_InvalidSetting_FailsWithClearMessage(string setting, string value, string message)
    {
        await using var factory = new KnowledgeApiFactory(new Dictionary<string, string?> { [$"Search:RateLimit:{setting}"] = value });

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains(message, Messages(exception), StringComparison.Ordinal);
    }

    private static string Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(Environment.NewLine, aggregate.Flatten().InnerExceptions.Select(Messages))
            : exception.Message + (exception.InnerException is { } inner ? Environment.NewLine + Messages(inner) : string.Empty);
}
