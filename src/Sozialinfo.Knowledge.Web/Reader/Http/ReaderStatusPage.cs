using System.Text;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// German pages for a reader request the site refuses without a page of its own: 405 for a method a page does not
/// answer, 400 for a form without its antiforgery token, and a general one for any other client error. Static HTML
/// built once from constant German text, like <see cref="ReaderErrorPage"/>.
/// </summary>
internal static class ReaderStatusPage
{
    private static readonly ReadOnlyMemory<byte> MethodNotAllowed = Build(
        "Diese Anfrage ist hier nicht möglich",
        "Diese Seite lässt sich nur aufrufen, nicht verändern.");

    private static readonly ReadOnlyMemory<byte> BadRequest = Build(
        "Die Anfrage ist ungültig",
        "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");

    private static readonly ReadOnlyMemory<byte> OtherClientError = Build(
        "Die Anfrage kann nicht beantwortet werden",
        "Bitte prüfen Sie die Adresse oder beginnen Sie auf der Startseite.");

    public static ReadOnlyMemory<byte> For(int statusCode) => statusCode switch
    {
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status400BadRequest => BadRequest,
        _ => OtherClientError,
    };

    private static ReadOnlyMemory<byte> Build(string title, string lead) => Encoding.UTF8.GetBytes($"""
        <!DOCTYPE html>
        <html lang="de-CH">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{title}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
        <header class="site-header"><div class="wrap"><a class="site-name" href="/">Startseite</a></div></header>
        <main id="inhalt" class="wrap" tabindex="-1">
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        <p><a href="/">Zur Startseite</a></p>
        </main>
        <footer class="site-footer"><div class="wrap"><p>Sozialinfo Knowledge</p></div></footer>
        </body>
        </html>
        """);
}
