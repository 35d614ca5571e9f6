using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Web.Hosting;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>
/// The editors' sign-in cookie: HttpOnly, Secure on HTTPS, SameSite=Strict, a browser-session cookie whose sign-in
/// is valid 8 hours (no sliding renewal); anonymous
/// requests to the editors' pages are sent to the sign-in page, by a relative redirect (or one under "Site:PublicUrl"),
/// never to the host the request named. A cookie issued with another key than the one configured now is rejected.
/// </summary>
internal sealed class EditorCookieOptions(EditorKey key, TimeProvider clock, IOptions<SiteOptions> site) : IConfigureNamedOptions<CookieAuthenticationOptions>
{
    public void Configure(string? name, CookieAuthenticationOptions options)
    {
        if (name != CookieAuthenticationDefaults.AuthenticationScheme)
        {
            return;
        }

        options.Cookie.Name = EditorSignIn.CookieName;
        options.Cookie.Path = "/redaktion";
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.TimeProvider = clock;
        options.ExpireTimeSpan = EditorSignIn.Lifetime;
        options.SlidingExpiration = false;
        options.LoginPath = EditorSignIn.SignInPath;
        options.LogoutPath = EditorSignIn.SignOutPath;
        options.AccessDeniedPath = EditorSignIn.SignInPath;
        options.Events.OnRedirectToLogin = Redirect;
        options.Events.OnRedirectToAccessDenied = Redirect;
        options.Events.OnRedirectToLogout = Redirect;
        options.Events.OnRedirectToReturnUrl = Redirect;
        options.Events.OnValidatePrincipal = async context =>
        {
            if (!key.IsConfigured || context.Principal?.FindFirst(EditorSignIn.KeyFingerprintClaim)?.Value != key.Fingerprint())
            {
                context.RejectPrincipal();
                await EditorSignIn.SignOutAsync(context.HttpContext);
            }
        };
    }

    public void Configure(CookieAuthenticationOptions options) => Configure(Options.DefaultName, options);

    /// <summary>The handler builds its redirect from the request's scheme and Host; keep only the local part.</summary>
    private Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal)
            ? site.Value.UrlFor(target)
            : site.Value.UrlFor(EditorSignIn.SignInPath));
        return Task.CompletedTask;
    }
}
