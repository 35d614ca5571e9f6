using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Web.Hosting;

/// <summary>Checks "Site:PublicUrl" at start-up: empty, or an absolute http(s) URL of an origin.</summary>
internal sealed class SiteOptionsValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        if (string.IsNullOrEmpty(options.PublicUrl))
        {
            return ValidateOptionsResult.Success;
        }

        var valid = Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.UserInfo)
            && uri.AbsolutePath == "/"
            && string.IsNullOrEmpty(uri.Query)
            && string.IsNullOrEmpty(uri.Fragment)
            && !options.PublicUrl.Contains('#', StringComparison.Ordinal)
            && !options.PublicUrl.Contains('?', StringComparison.Ordinal);
        return valid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{SiteOptions.SectionName}:PublicUrl must be an absolute http or https URL of scheme, host and port only (e.g. https://wissen.example.ch), not '{options.PublicUrl}'.");
    }
}
