using System.Text;

namespace Sozialinfo.Knowledge.Web.Reader.Http;

/// <summary>
/// The German page for an unexpected error (500). Static HTML built once, so it still works when page rendering is
/// what failed.
/// </summary>
internal static class ReaderErrorPage
{
    public static ReadOnlyMemory<byte> Html { get; } = Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="de-CH">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>Ein Fehler ist aufgetreten</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
        <header class="site-header"><div class="wrap"><a class="site-name" href="/">Startseite</a></div></header>
        <main id="inhalt" class="wrap" tabindex="-1">
        <h1>Ein Fehler ist aufgetreten</h1>
        <p class="lead">Diese Seite kann im Moment nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten noch einmal.</p>
        <p><a href="/">Zur Startseite</a></p>
        </main>
        <footer class="site-footer"><div class="wrap"><p>Sozialinfo Knowledge</p></div></footer>
        </body>
        </html>
        """);
}
