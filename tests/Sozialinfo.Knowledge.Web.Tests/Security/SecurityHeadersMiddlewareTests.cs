using System.Net;
using System.Text.RegularExpressions;
using Sozialinfo.Knowledge.Web.Reader.Http;
using Sozialinfo.Knowledge.Web.Security;
using Sozialinfo.Knowledge.Web.Tests.Delivery;

namespace Sozialinfo.Knowledge.Web.Tests.Security;

public sealed partial class SecurityHeadersMiddlewareTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/umbraco/delivery/api/v2/content?take=1")]
    [InlineData("GET", "/umbraco/delivery/api/v2/content/item/00000000-0000-0000-0000-000000000001")]
    [InlineData("GET", "/umbraco/delivery/api/v2/content?filter=updateDate%3Cnot-a-date")]
    [InlineData("GET", "/umbraco/delivery/api/v2/content?take=1&x=<script>")]
    [InlineData("GET", "/api/search?q=Datenschutz")]
    [InlineData("GET", "/api/search/suggest?q=Dat")]
    [InlineData("GET", "/api/search/status")]
    [InlineData("GET", "/api/content/00000000-0000-0000-0000-000000000001")]
    [InlineData("DELETE", "/api/search")]
    [InlineData("GET", "/api/nothing-here")]
    [InlineData("GET", "/umbraco/openapi/delivery.json")]
    [InlineData("GET", "/css/site.css")]
    [InlineData("GET", "/favicon.svg")]
    [InlineData("GET", "/robots.txt")]
    public async Task Response_ApiProblemOrFile_ForbidsEverythingAndFraming(string method, string path)
    {
        using var response = await fixture.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Token);

        AssertBaseHeaders(response);
        Assert.Equal(SecurityHeadersMiddleware.DefaultPolicy, ContentSecurityPolicy(response));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/suche?q=Datenschutz")]
    [InlineData("/dossiers/datenschutz/")]
    [InlineData("/gibt-es-nicht/")]
    [InlineData("/redaktion/anmelden")]
    public async Task Response_ReaderPage_KeepsTheReaderPolicy(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await fixture.Client.SendAsync(request, Token);

        AssertBaseHeaders(response);
        Assert.Equal(ReaderHeaders.ContentSecurityPolicy, ContentSecurityPolicy(response));
    }

    [Fact]
    public async Task Response_ReaderRouteWithWrongMethod_GetsTheReaderPolicyOnItsGermanPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/suche");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await fixture.Client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        AssertBaseHeaders(response);
        Assert.Equal(ReaderHeaders.ContentSecurityPolicy, ContentSecurityPolicy(response));
    }

    [Fact]
    public async Task Response_ApiReference_AllowsItsOwnScriptsByAFreshNonce()
    {
        using var first = await fixture.Client.GetAsync(new Uri("/umbraco/api-reference/delivery", UriKind.Relative), Token);
        using var second = await fixture.Client.GetAsync(new Uri("/umbraco/api-reference/delivery", UriKind.Relative), Token);
        var html = await first.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        AssertBaseHeaders(first);
        var policy = ContentSecurityPolicy(first);
        var nonce = NoncePattern().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        var scripts = ScriptPattern().Matches(html).Select(match => match.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains($"nonce=\"{nonce}\"", script, StringComparison.Ordinal));
        Assert.DoesNotContain("cdn.jsdelivr", html, StringComparison.Ordinal);
        Assert.NotEqual(nonce, NoncePattern().Match(ContentSecurityPolicy(second)).Groups[1].Value);
    }

    private static void AssertBaseHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", ContentSecurityPolicy(response), StringComparison.Ordinal);
    }

    private static string ContentSecurityPolicy(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptPattern();
}
