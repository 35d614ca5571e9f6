using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Sozialinfo.Knowledge.Features.Http.Compression;

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

        var notModified = context.Request.Headers.IfNoneMatch.Count > 0
            ? IfNoneMatchContains(context.Request, tag.Tag.Value!)
            : context.Request.GetTypedHeaders().IfModifiedSince is { } since && lastModifiedSeconds <= since;
        if (notModified)
        {
            // A 304 carries the Vary of the 200 it stands for (RFC 9110, 15.4.5); these bodies are sent per coding.
            EncodedResponse.AddVary(context);
        }

        return notModified;
    }

    /// <summary>
    /// True when If-None-Match lists <paramref name="quotedEntityTag"/> (weak comparison, as RFC 9110 asks for
    /// If-None-Match) or "*". Also used for the per-coding tags of compressed bodies.
    /// </summary>
    public static bool IfNoneMatchContains(HttpRequest request, string quotedEntityTag)
    {
        var values = request.Headers.IfNoneMatch;
        if (values.Count == 0 || !EntityTagHeaderValue.TryParseList(values, out var tags))
        {
            return false;
        }

        foreach (var candidate in tags)
        {
            if (candidate.Tag.Equals("*") || candidate.Tag.Equals(quotedEntityTag))
            {
                return true;
            }
        }

        return false;
    }
}
