using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>
/// The one check of the key "Umbraco:CMS:DeliveryApi:ApiKey" (header "Api-Key"): the editor API, Delivery API preview
/// and non-public access, the search status and the editors' sign-in all ask here. The right key is always accepted
/// (compared in constant time, read from configuration on every check so a changed key counts at once); a wrong or
/// missing one counts against its client (<see cref="ClientPartition"/>), and once the client has used up its
/// allowance its wrong keys are throttled. A success resets nothing, so a right key from behind the same proxy does
/// not let guessing go on faster. Without a configured key nothing is accepted.
/// </summary>
internal sealed class ApiKeyGuard(IConfiguration configuration, ApiKeyFailureLog failures, ILogger<ApiKeyGuard> logger)
{
    public const string HeaderName = "Api-Key";
    public const string ConfigurationKey = "Umbraco:CMS:DeliveryApi:ApiKey";

    /// <summary>Longer keys are refused without comparing.</summary>
    public const int MaxKeyLength = 1024;

    // The configured key's bytes, kept while the configured string stays the same instance.
    private (string Key, byte[] Bytes) _expected = (string.Empty, []);

    public bool IsConfigured => !string.IsNullOrEmpty(configuration[ConfigurationKey]);

    /// <summary>Checks the request's "Api-Key" header.</summary>
    public ApiKeyCheck Check(HttpContext context) => Check(context, context.Request.Headers[HeaderName].ToString());

    /// <summary>Checks <paramref name="given"/> (from a header or a form) for the client of <paramref name="context"/>.</summary>
    public ApiKeyCheck Check(HttpContext context, string? given)
    {
        if (Matches(given))
        {
            return ApiKeyCheck.Accepted;
        }

        var client = ClientPartition.Of(context);
        var wait = failures.RetryAfter(client);
        if (wait > TimeSpan.Zero)
        {
            return new ApiKeyCheck(ApiKeyVerdict.Throttled, wait);
        }

        if (failures.RecordFailure(client))
        {
            logger.LogWarning(
                "{Failures} wrong or missing Api-Key values from {Client} within {Window}; its further wrong keys get 429 for a while (the right key is still accepted)",
                failures.MaxFailures, client, failures.Window);
        }

        return ApiKeyCheck.Rejected;
    }

    /// <summary>Whether <paramref name="given"/> is the configured key, in constant time; always false without one.</summary>
    public bool Matches(string? given)
    {
        var expected = ExpectedBytes();
        if (expected.Length == 0 || string.IsNullOrEmpty(given) || given.Length > MaxKeyLength)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected);
    }

    private byte[] ExpectedBytes()
    {
        var key = configuration[ConfigurationKey] ?? string.Empty;
        var cached = _expected;
        if (ReferenceEquals(cached.Key, key))
        {
            return cached.Bytes;
        }

        var bytes = Encoding.UTF8.GetBytes(key);
        _expected = (key, bytes);
        return bytes;
    }
}
