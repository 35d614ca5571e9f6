using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Sozialinfo.Knowledge.Features.Search.RateLimiting;

/// <summary>
/// The answer to a search the client's limit rejected: 429 with Retry-After in whole seconds, and a German problem
/// detail, or the page itself where it renders its own answer (<see cref="RateLimitRejectionPageAttribute"/>).
/// </summary>
internal static class SearchRateLimitRejection
{
    public const string ProblemTitle = "Zu viele Suchanfragen";

    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = RetryAfterSeconds(context.Lease);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";

        if (http.GetEndpoint() is { RequestDelegate: { } page } endpoint
            && endpoint.Metadata.GetMetadata<RateLimitRejectionPageAttribute>() is not null)
        {
            http.Items[SearchRateLimit.RejectionKey] = seconds;
            await page(http);
            return;
        }

        await TypedResults.Problem(
            title: ProblemTitle,
            detail: $"Von Ihrer Adresse kamen in kurzer Zeit zu viele Suchanfragen. Bitte warten Sie {SearchRateLimit.Wait(seconds)} und versuchen Sie es dann noch einmal.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }

    /// <summary>The bucket says when its next token comes; a full concurrency queue gives no time, so one second.</summary>
    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? (int)Math.Min(Math.Ceiling(retryAfter.TotalSeconds), int.MaxValue)
            : 1;
}
