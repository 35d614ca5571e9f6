using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>The editors' cookie session: who is signed in, and whether the cookie still matches the current key.</summary>
internal static class EditorSignIn
{
    public const string CookieName = "sozialinfo-redaktion";
    public const string SignInPath = "/redaktion/anmelden";
    public const string SignOutPath = "/redaktion/abmelden";
    public const string HomePath = "/redaktion/suchindex";

    public const string KeyFingerprintClaim = "editor-key";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static Task SignInAsync(HttpContext context, EditorKey key)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "Redaktion"), new Claim(KeyFingerprintClaim, key.Fingerprint())],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext context) =>
        context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);

    /// <summary>Where to go after signing in: a page of the editors' area asked for, otherwise the status page.</summary>
    public static string SafeReturnPath(string? returnUrl) =>
        returnUrl is not null
            && returnUrl.StartsWith("/redaktion/", StringComparison.Ordinal)
            && returnUrl.All(c => c is > ' ' and < '\u007f' and not '\\')
            && !returnUrl.StartsWith(SignInPath, StringComparison.Ordinal)
            && !returnUrl.StartsWith(SignOutPath, StringComparison.Ordinal)
                ? returnUrl
                : HomePath;
}
