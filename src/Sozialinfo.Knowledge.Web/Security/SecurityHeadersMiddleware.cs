using Scalar.AspNetCore;

namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>
/// Security headers on every response, whatever wrote it (APIs, problem details, the OpenAPI document, the API
/// reference, static files, status-code and error pages, 304s, host-filtering 400s): nosniff, a Referrer-Policy and a
/// Content Security Policy that forbids framing. A response that brings its own policy keeps it (the reader pages, see
/// <see cref="Reader.Http.ReaderHeaders"/>); the API reference page gets one that allows its own scripts by nonce;
/// everything else gets <see cref="DefaultPolicy"/>, which allows nothing. Written when the response starts, so an
/// exception handler that clears the headers does not lose them.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>For responses that are not pages: load nothing, be framed nowhere.</summary>
    public const string DefaultPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string DefaultReferrerPolicy = "no-referrer";

    private const string ReferrerPolicyHeader = "Referrer-Policy";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>
    /// The API reference (Scalar) page: its bundle and helper script come from our own origin and its inline start-up
    /// script carries the per-request nonce; its styles are set inline by the bundle.
    /// </summary>
    public static string ApiReferencePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; " +
        "form-action 'self'; object-src 'none'";

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (!headers.ContainsKey(ReferrerPolicyHeader))
        {
            headers[ReferrerPolicyHeader] = DefaultReferrerPolicy;
        }

        if (headers.ContentSecurityPolicy.Count == 0)
        {
            headers.ContentSecurityPolicy = context.Items.TryGetValue(ScalarOptions.NonceHttpContextItemKey, out var nonce) && nonce is string { Length: > 0 } value
                ? ApiReferencePolicy(value)
                : DefaultPolicy;
        }
    }
}
