using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Umbraco;

/// <summary>Checks <see cref="SozialinfoKnowledgeOptions"/> on start, so a misconfigured site fails fast and says why.</summary>
internal sealed partial class SozialinfoKnowledgeOptionsValidator : IValidateOptions<SozialinfoKnowledgeOptions>
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaximumTimeout = TimeSpan.FromMinutes(2);

    public ValidateOptionsResult Validate(string? name, SozialinfoKnowledgeOptions options)
    {
        var failures = new List<string>();
        var section = SozialinfoKnowledgeOptions.SectionName;

        if (options.PlatformBaseUrl is not { IsAbsoluteUri: true } url
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{section}:PlatformBaseUrl must be an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(options.PlatformApiKey))
        {
            failures.Add($"{section}:PlatformApiKey is required.");
        }

        if (string.IsNullOrWhiteSpace(options.Culture) || !CultureName().IsMatch(options.Culture))
        {
            failures.Add($"{section}:Culture must be a culture name such as de-CH.");
        }

        if (options.RequestTimeout < MinimumTimeout || options.RequestTimeout > MaximumTimeout)
        {
            failures.Add($"{section}:RequestTimeout must be between 00:00:01 and 00:02:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // An ISO culture name as Umbraco languages use them (de-CH, fr-CH, en); checked by shape, because
    // CultureInfo lookups depend on ICU data that a container may not have.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex CultureName();
}
