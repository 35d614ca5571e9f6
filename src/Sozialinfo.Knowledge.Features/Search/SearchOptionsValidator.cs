using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Search;

/// <summary>Checks the search settings at start-up, so a bad value stops the host instead of a request.</summary>
internal sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    public static readonly TimeSpan MinTimeBudget = TimeSpan.FromMilliseconds(10);
    public static readonly TimeSpan MaxTimeBudget = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, SearchOptions options) =>
        options.TimeBudget < MinTimeBudget || options.TimeBudget > MaxTimeBudget
            ? ValidateOptionsResult.Fail($"{SearchOptions.SectionName}:TimeBudget must be between {MinTimeBudget:c} and {MaxTimeBudget:c}, not {options.TimeBudget:c}.")
            : ValidateOptionsResult.Success;
}
