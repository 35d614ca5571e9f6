using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Web.Hosting;

/// <summary>
/// The host's status code pages: a body-less client or server error (a routing 405, an unmatched API path) gets an
/// RFC 9457 problem detail with a German title, whatever the client's Accept header says; the framework's default
/// would answer a browser's Accept: text/html with English plain text. Reader paths that a browser asks for get the
/// German page instead (<see cref="Reader.Http.ReaderStatusCodePages"/>, which wraps this one).
/// </summary>
internal sealed class ProblemStatusCodePages : IConfigureOptions<StatusCodePagesOptions>
{
    public void Configure(StatusCodePagesOptions options) => options.HandleAsync = WriteAsync;

    /// <summary>The German title of <paramref name="status"/>, or null for the framework's own.</summary>
    public static string? TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Ungültige Anfrage",
        StatusCodes.Status401Unauthorized => "Anmeldung erforderlich",
        StatusCodes.Status403Forbidden => "Zugriff verweigert",
        StatusCodes.Status404NotFound => "Nicht gefunden",
        StatusCodes.Status405MethodNotAllowed => "Methode nicht erlaubt",
        StatusCodes.Status406NotAcceptable => "Antwortformat nicht verfügbar",
        StatusCodes.Status408RequestTimeout => "Zeitüberschreitung der Anfrage",
        StatusCodes.Status411LengthRequired => "Längenangabe erforderlich",
        StatusCodes.Status413PayloadTooLarge => "Anfrage zu gross",
        StatusCodes.Status414UriTooLong => "Adresse zu lang",
        StatusCodes.Status415UnsupportedMediaType => "Inhaltstyp nicht unterstützt",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "Kopfzeilen zu gross",
        StatusCodes.Status429TooManyRequests => "Zu viele Anfragen",
        StatusCodes.Status500InternalServerError => "Interner Fehler",
        StatusCodes.Status503ServiceUnavailable => "Dienst nicht verfügbar",
        _ => null,
    };

    private static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var allow = http.Response.Headers.Allow.ToString();
        var detail = status == StatusCodes.Status405MethodNotAllowed && allow.Length > 0
            ? $"Diese Adresse beantwortet nur: {allow}."
            : null;
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Problem(statusCode: status, title: TitleFor(status), detail: detail).ExecuteAsync(http);
    }
}
