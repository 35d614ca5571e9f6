using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;
using Sozialinfo.Knowledge.Web.Editor;

namespace Sozialinfo.Knowledge.Web.Pages.Redaktion;

/// <summary>
/// /redaktion/anmelden: the editor key gives an 8-hour cookie session. A missing key answers 400, a wrong one 401,
/// each with a German message on the form; once the client has sent too many wrong keys (to this form or the APIs, see
/// <see cref="ApiKeyGuard"/>) further wrong ones answer 429. The right key always signs in. Success goes back to the
/// editors' page asked for.
/// </summary>
internal sealed class AnmeldenModel(EditorKey key, ApiKeyGuard guard) : PageModel
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

        var check = guard.Check(HttpContext, given);
        if (check.Verdict == ApiKeyVerdict.Throttled)
        {
            var minutes = (int)Math.Ceiling(check.RetryAfter.TotalMinutes);
            Response.Headers.RetryAfter = check.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return Refuse(StatusCodes.Status429TooManyRequests,
                $"Zu viele falsche Schlüssel von dieser Adresse. Falsche Schlüssel werden {(minutes == 1 ? "in der nächsten Minute" : $"in den nächsten {minutes} Minuten")} abgewiesen; mit dem richtigen Schlüssel können Sie sich weiterhin anmelden.");
        }

        if (!check.IsAccepted)
        {
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
