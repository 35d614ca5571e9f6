using System.Net;
using System.Net.Http.Headers;
using Sozialinfo.Knowledge.Web.Tests.Editor;

namespace Sozialinfo.Knowledge.Web.Tests.Reader.Http;

/// <summary>
/// Every reader route answers only the methods it serves: 405 with an Allow header and a German page for any other
/// (TRACE /suche used to answer the 500 error page, PUT /suche an antiforgery 400), while the forms keep their POST.
/// </summary>
public sealed class PageMethodFilterTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly HttpClient _client = ReaderRequests.NoRedirects(fixture.Site);

    public static TheoryData<string, string, string> RefusedMethods()
    {
        var data = new TheoryData<string, string, string>();
        string[] readOnly = ["/", "/suche", "/suche?q=datenschutz", "/dossiers/datenschutz/", "/gibt-es-nicht/", "/css/site.css"];
        string[] forms = ["/redaktion/anmelden", "/redaktion/abmelden"];
        foreach (var method in new[] { "TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "FOO" })
        {
            foreach (var path in readOnly)
            {
                data.Add(method, path, "GET, HEAD");
            }

            foreach (var path in forms)
            {
                data.Add(method, path, "GET, HEAD, POST");
            }
        }

        foreach (var path in readOnly)
        {
            data.Add("POST", path, "GET, HEAD");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedMethods))]
    public async Task Send_MethodThePageDoesNotServe_Answers405WithAllowAndAGermanPage(string method, string path, string allow)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de-CH\">", html, StringComparison.Ordinal);
        Assert.Contains("Diese Anfrage ist hier nicht möglich", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/suche")]
    [InlineData("/suche?q=datenschutz")]
    [InlineData("/redaktion/anmelden")]
    public async Task Head_ReadablePage_Answers200(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("TRACE", "/redaktion/suchindex", "GET, HEAD, POST")]
    [InlineData("PUT", "/redaktion/suchindex", "GET, HEAD, POST")]
    [InlineData("OPTIONS", "/redaktion", "GET, HEAD")]
    [InlineData("DELETE", "/redaktion", "GET, HEAD")]
    public async Task Send_MethodAnEditorsPageDoesNotServe_SignedIn_Answers405(string method, string path, string allow)
    {
        using var editor = new EditorClient(fixture.Site);
        (await editor.SignInAsync(KnowledgeApiFactory.ApiKey)).Dispose();

        using var response = await editor.SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("/redaktion/anmelden")]
    [InlineData("/redaktion/abmelden")]
    public async Task Post_FormWithoutAntiforgeryToken_StaysA400NotA405(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([new("schluessel", "x")]) };

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("TRACE", "/api/search?q=daten")]
    [InlineData("PUT", "/umbraco/delivery/api/v2/content")]
    [InlineData("DELETE", "/api/content/d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    [InlineData("OPTIONS", "/umbraco/delivery/api/v2/content/item/dossiers")]
    public async Task Send_UnsupportedMethodOnAnApi_Answers405ProblemDetails(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
