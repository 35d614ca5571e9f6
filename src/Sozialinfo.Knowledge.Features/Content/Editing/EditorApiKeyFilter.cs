using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// The editor API needs the same key as Delivery API preview ("Umbraco:CMS:DeliveryApi:ApiKey", header "Api-Key").
/// Without a configured key nobody gets in.
/// </summary>
internal sealed class EditorApiKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    public const string HeaderName = "Api-Key";
    public const string ConfigurationKey = "Umbraco:CMS:DeliveryApi:ApiKey";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        return Matches(configuration, context.HttpContext.Request.Headers[HeaderName].ToString())
            ? next(context)
            : ValueTask.FromResult<object?>(TypedResults.Unauthorized());
    }

    /// <summary>
    /// Whether <paramref name="given"/> is the configured editor key, compared in constant time; always false when no
    /// key is configured. Also the check of the editors' sign-in page.
    /// </summary>
    public static bool Matches(IConfiguration configuration, string? given)
    {
        var expected = configuration[ConfigurationKey];
        return !string.IsNullOrEmpty(expected)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given ?? string.Empty));
    }
}
