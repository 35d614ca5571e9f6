using Microsoft.Net.Http.Headers;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// Response headers of every reader page. The site has no inline script or style, so a strict Content Security Policy
/// holds: everything from our own origin, nothing else, no framing.
/// </summary>
internal static class ReaderHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
    }
}
