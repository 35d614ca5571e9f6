using Sozialinfo.Knowledge.Features.Search.RateLimiting;

namespace Sozialinfo.Knowledge.Features.Tests.Search.RateLimiting;

public sealed class SearchRateLimitOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        Assert.True(new SearchRateLimitOptionsValidator().Validate(null, new SearchRateLimitOptions()).Succeeded);

    [Fact]
    public void Validate_EverythingWrong_NamesEverySetting()
    {
        var result = new SearchRateLimitOptionsValidator().Validate(null, new SearchRateLimitOptions
        {
            PermitLimit = 0,
            TokensPerPeriod = 2_000_000,
            ReplenishmentPeriod = TimeSpan.FromMilliseconds(10),
            ConcurrencyLimit = -1,
            QueueLimit = 20_000,
        });

        Assert.True(result.Failed);
        Assert.Equal(
            ["PermitLimit", "TokensPerPeriod", "ReplenishmentPeriod", "ConcurrencyLimit", "QueueLimit"],
            result.Failures!.Select(f => f.Split(' ')[0].Split(':')[^1]));
    }

    [Fact]
    public void Validate_SwitchedOff_StillChecksTheValues() =>
        Assert.True(new SearchRateLimitOptionsValidator().Validate(null, new SearchRateLimitOptions { Enabled = false, PermitLimit = 0 }).Failed);
}
