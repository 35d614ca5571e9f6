using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>Checks the search rate limit at start-up, so a bad value stops the host instead of a request.</summary>
internal sealed class SearchRateLimitOptionsValidator : IValidateOptions<SearchRateLimitOptions>
{
    public const int MaxPermits = 1_000_000;
    public const int MaxConcurrency = 10_000;

    // The partitioned limiter replenishes its buckets ten times a second; a shorter period would not be honoured.
    public static readonly TimeSpan MinPeriod = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, SearchRateLimitOptions options)
    {
        const string Section = SearchRateLimitOptions.SectionName;
        var failures = new List<string>();
        if (options.PermitLimit is < 1 or > MaxPermits)
        {
            failures.Add($"{Section}:PermitLimit must be between 1 and {MaxPermits}, not {options.PermitLimit}.");
        }

        if (options.TokensPerPeriod is < 1 or > MaxPermits)
        {
            failures.Add($"{Section}:TokensPerPeriod must be between 1 and {MaxPermits}, not {options.TokensPerPeriod}.");
        }

        if (options.ReplenishmentPeriod < MinPeriod || options.ReplenishmentPeriod > MaxPeriod)
        {
            failures.Add($"{Section}:ReplenishmentPeriod must be between {MinPeriod:c} and {MaxPeriod:c}, not {options.ReplenishmentPeriod:c}.");
        }

        if (options.ConcurrencyLimit is < 1 or > MaxConcurrency)
        {
            failures.Add($"{Section}:ConcurrencyLimit must be between 1 and {MaxConcurrency}, not {options.ConcurrencyLimit}.");
        }

        if (options.QueueLimit is < 0 or > MaxConcurrency)
        {
            failures.Add($"{Section}:QueueLimit must be between 0 and {MaxConcurrency}, not {options.QueueLimit}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
