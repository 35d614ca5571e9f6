using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>Checks the throttle settings at start-up, so a bad value stops the host instead of a request.</summary>
internal sealed class ApiKeyThrottleOptionsValidator : IValidateOptions<ApiKeyThrottleOptions>
{
    public const int MaxFailuresCeiling = 100;
    public const int MaxClientsCeiling = 1_000_000;

    public ValidateOptionsResult Validate(string? name, ApiKeyThrottleOptions options)
    {
        var failures = new List<string>();
        if (options.MaxFailures is < 1 or > MaxFailuresCeiling)
        {
            failures.Add($"{ApiKeyThrottleOptions.SectionName}:MaxFailures must be between 1 and {MaxFailuresCeiling}, not {options.MaxFailures}.");
        }

        if (options.Window < TimeSpan.FromSeconds(1) || options.Window > TimeSpan.FromDays(1))
        {
            failures.Add($"{ApiKeyThrottleOptions.SectionName}:Window must be between 00:00:01 and 1.00:00:00, not {options.Window}.");
        }

        if (options.MaxClients is < 1 or > MaxClientsCeiling)
        {
            failures.Add($"{ApiKeyThrottleOptions.SectionName}:MaxClients must be between 1 and {MaxClientsCeiling}, not {options.MaxClients}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
