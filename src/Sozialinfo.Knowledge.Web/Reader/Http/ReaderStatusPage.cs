using System.Text;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// The German pages for a reader request that gets no page of its own: 500 for an unexpected error, 405 for a method
/// a page does not answer, 400 for a form without its antiforgery token, and a general one for any other client
/// error. Static HTML built once from constant text, so it still works when page rendering is what failed.
/// </summary>
internal static class ReaderStatusPage
{
    private static readonly ReadOnlyMemory<byte> ServerError = Build(
        "Ein Fehler ist aufgetreten",
        "Diese Seite kann im Moment nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten noch einmal.");

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
        >= StatusCodes.Status500InternalServerError => ServerError,
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
        <header class="site-header"><div class="wrap site-header-inner"><a class="site-name" href="/">Startseite</a></div></header>
        <main id="inhalt" class="wrap" tabindex="-1">
        <div class="page-header">
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        </div>
        <p><a href="/">Zur Startseite</a></p>
        </main>
        <footer class="site-footer"><div class="wrap"><p class="site-footer-name">Sozialinfo Knowledge</p></div></footer>
        </body>
        </html>
        """);
}
