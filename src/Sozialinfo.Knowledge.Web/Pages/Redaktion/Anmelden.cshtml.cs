using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Web.Editor;

namespace Sozialinfo.Knowledge.Web.Pages.Redaktion;

/// <summary>
/// /redaktion/anmelden: the editor key gives an 8-hour cookie session. A missing key answers 400, a wrong one 401,
/// each with a German message on the form; after five wrong keys from one address in 15 minutes it answers 429 until
/// the oldest has expired. Success goes back to the editors' page asked for.
/// </summary>
internal sealed class AnmeldenModel(EditorKey key, SignInThrottle throttle) : PageModel
{
    public const int MaxKeyLength = 500;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(EditorSignIn.SafeReturnPath(ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "schluessel")] string? given)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return Refuse(StatusCodes.Status400BadRequest, "Bitte geben Sie den Redaktionsschlüssel ein.");
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.RetryAfter(address) is { } wait && wait > TimeSpan.Zero)
        {
            var minutes = (int)Math.Ceiling(wait.TotalMinutes);
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Refuse(StatusCodes.Status429TooManyRequests,
                $"Zu viele falsche Schlüssel von dieser Adresse. Bitte versuchen Sie es in {minutes} {(minutes == 1 ? "Minute" : "Minuten")} wieder.");
        }

        if (given.Length > MaxKeyLength || !key.Matches(given))
        {
            throttle.RecordFailure(address);
            return Refuse(StatusCodes.Status401Unauthorized, "Der Redaktionsschlüssel ist nicht richtig. Bitte prüfen Sie ihn und versuchen Sie es noch einmal.");
        }

        await EditorSignIn.SignInAsync(HttpContext, key);
        return LocalRedirect(EditorSignIn.SafeReturnPath(ReturnUrl));
    }

    private PageResult Refuse(int status, string message)
    {
        Response.StatusCode = status;
        Error = message;
        return Page();
    }
}
