using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>Checks the Delivery API settings at start-up, so a bad value stops the host instead of a request.</summary>
internal sealed class DeliveryApiOptionsValidator : IValidateOptions<DeliveryApiOptions>
{
    public const int MaxTakeCeiling = 100_000;

    public ValidateOptionsResult Validate(string? name, DeliveryApiOptions options)
    {
        var failures = new List<string>();
        if (options.MaxTake is < 1 or > MaxTakeCeiling)
        {
            failures.Add($"{DeliveryApiOptions.SectionName}:MaxTake must be between 1 and {MaxTakeCeiling}, not {options.MaxTake}.");
        }

        if (options.ApiKey.Length > 0 && options.ApiKey.Trim().Length != options.ApiKey.Length)
        {
            failures.Add($"{DeliveryApiOptions.SectionName}:ApiKey must not start or end with white space.");
        }

        if (options.Enabled && !options.PublicAccess && options.ApiKey.Length == 0)
        {
            failures.Add($"{DeliveryApiOptions.SectionName}:ApiKey is required when PublicAccess is false; otherwise no request could succeed.");
        }

        var blank = options.DisallowedContentTypeAliases.Concat(options.AllowedContentTypeAliases).Any(string.IsNullOrWhiteSpace);
        if (blank)
        {
            failures.Add($"{DeliveryApiOptions.SectionName}: content type aliases must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
