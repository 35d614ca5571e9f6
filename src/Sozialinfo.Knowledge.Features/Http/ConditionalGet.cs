using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Sozialinfo.Knowledge.Features.Http;

/// <summary>
/// ETag and Last-Modified for responses read from a content snapshot. The tag is derived from the snapshot version and
/// whatever else shapes the body, so it changes exactly when the body can change.
/// </summary>
public static class ConditionalGet
{
    /// <summary>Writes the validators and returns true when the client's copy is current (answer 304).</summary>
    public static bool IsNotModified(HttpContext context, string entityTag, DateTimeOffset lastModified)
    {
        var tag = new EntityTagHeaderValue($"\"{entityTag}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = tag;
        var lastModifiedSeconds = DateTimeOffset.FromUnixTimeSeconds(lastModified.ToUnixTimeSeconds());
        headers.LastModified = lastModifiedSeconds;

        var request = context.Request.GetTypedHeaders();
        if (request.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Tag == EntityTagHeaderValue.Any.Tag || c.Compare(tag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModifiedSeconds <= since;
    }
}
