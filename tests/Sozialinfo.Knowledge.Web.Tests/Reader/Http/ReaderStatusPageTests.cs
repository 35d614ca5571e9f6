using System.Text;
using System.Text.RegularExpressions;
using Sozialinfo.Knowledge.Web.Reader.Http;

namespace Sozialinfo.Knowledge.Web.Tests.Reader.Http;

/// <summary>One concept for every page the site answers without content: the error page is one of the status pages.</summary>
public sealed partial class ReaderStatusPageTests
{
    private static readonly int[] StatusCodes = [500, 405, 400, 404];

    [Theory]
    [InlineData(500, "Ein Fehler ist aufgetreten")]
    [InlineData(503, "Ein Fehler ist aufgetreten")]
    [InlineData(405, "Diese Anfrage ist hier nicht möglich")]
    [InlineData(400, "Die Anfrage ist ungültig")]
    [InlineData(404, "Die Anfrage kann nicht beantwortet werden")]
    public void For_StatusCode_AnswersItsGermanTitle(int statusCode, string title)
    {
        var html = Html(statusCode);

        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ServerAndClientErrors_ShareOnePageShell()
    {
        var shells = StatusCodes.Select(code => Shell(Html(code))).Distinct(StringComparer.Ordinal);

        Assert.Single(shells);
    }

    private static string Html(int statusCode) => Encoding.UTF8.GetString(ReaderStatusPage.For(statusCode).Span);

    /// <summary>The page without its title and lead.</summary>
    private static string Shell(string html) => Lead().Replace(Title().Replace(html, "<title/>"), "<lead/>").Replace(Heading().Match(html).Value, "<h1/>", StringComparison.Ordinal);

    [GeneratedRegex("<title>[^<]*</title>")]
    private static partial Regex Title();

    [GeneratedRegex("<h1>[^<]*</h1>")]
    private static partial Regex Heading();

    [GeneratedRegex("<p class=\"lead\">[^<]*</p>")]
    private static partial Regex Lead();
}
