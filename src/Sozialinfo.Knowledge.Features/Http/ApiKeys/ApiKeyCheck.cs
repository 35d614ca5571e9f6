using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Sozialinfo.Knowledge.Features.Http.ApiKeys;

/// <summary>The outcome of one key check, and the answer an API gives when the key is not accepted.</summary>
/// <param name="Verdict">Accepted, rejected (401) or throttled (429).</param>
/// <param name="RetryAfter">For <see cref="ApiKeyVerdict.Throttled"/>: how long until the client may try again.</param>
internal readonly record struct ApiKeyCheck(ApiKeyVerdict Verdict, TimeSpan RetryAfter)
{
    public static ApiKeyCheck Accepted { get; } = new(ApiKeyVerdict.Accepted, TimeSpan.Zero);

    public static ApiKeyCheck Rejected { get; } = new(ApiKeyVerdict.Rejected, TimeSpan.Zero);

    public bool IsAccepted => Verdict == ApiKeyVerdict.Accepted;

    /// <summary>Whole seconds for the Retry-After header, at least 1.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));

    /// <summary>The API answer for a key that was not accepted: 401 (empty), or 429 as a problem detail with Retry-After.</summary>
    public IResult Failure => Verdict == ApiKeyVerdict.Throttled ? new ThrottledResult(RetryAfterSeconds) : TypedResults.Unauthorized();

    private sealed class ThrottledResult(int retryAfterSeconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                title: "Zu viele falsche Schlüssel",
                detail: $"Von dieser Adresse kamen zu viele falsche oder fehlende Api-Key-Angaben. Weitere falsche Schlüssel werden in den nächsten {retryAfterSeconds} Sekunden abgewiesen; der richtige Schlüssel wird weiterhin angenommen.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(httpContext);
        }
    }
}
