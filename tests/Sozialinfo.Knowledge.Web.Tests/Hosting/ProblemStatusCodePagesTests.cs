using System.Net;
using System.Text.Json;
using Sozialinfo.Knowledge.Web.Tests.Delivery;

namespace Sozialinfo.Knowledge.Web.Tests.Hosting;

public sealed class ProblemStatusCodePagesTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("DELETE", "/api/search", "text/html")]
    [InlineData("POST", "/umbraco/delivery/api/v2/content", "text/html")]
    [InlineData("PATCH", "/umbraco/openapi/delivery.json", "text/html,application/xhtml+xml")]
    [InlineData("DELETE", "/api/search", "*/*")]
    [InlineData("DELETE", "/api/search", "text/plain")]
    public async Task Send_WrongMethodOnAnApi_AnswersAGermanProblemWhateverTheAcceptHeader(string method, string path, string accept)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await fixture.Client.SendAsync(request, Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(405, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Methode nicht erlaubt", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("GET", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_UnknownApiPathFromABrowser_AnswersAProblemNotText()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/gibt-es-nicht");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await fixture.Client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Send_WrongMethodOnAReaderPage_KeepsTheGermanPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/suche");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await fixture.Client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
