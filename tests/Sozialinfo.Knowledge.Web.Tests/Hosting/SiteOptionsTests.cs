using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sozialinfo.Knowledge.Web.Tests.Hosting;

/// <summary>A request naming another host: refused by the allowed hosts, and never reflected in any absolute URL.</summary>
public sealed class SiteOptionsTests
{
    private const string EvilHost = "evil.example";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/redaktion/suchindex")]
    [InlineData("/umbraco/openapi/delivery.json")]
    [InlineData("/umbraco/delivery/api/v2/content?take=1")]
    public async Task Get_HostNotAllowed_Answers400WithoutEchoingIt(string path)
    {
        await using var site = new KnowledgeApiFactory();
        using var client = Client(site);

        using var response = await SendAsync(client, path, EvilHost);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(EvilHost, body, StringComparison.OrdinalIgnoreCase);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Get_ConfiguredAllowedHosts_AreNotAWildcard()
    {
        await using var site = new KnowledgeApiFactory();
        using var client = Client(site);

        using var local = await SendAsync(client, "/", "localhost");

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        var settings = await File.ReadAllTextAsync(Path.Combine(KnowledgeApiFactory.RepositoryRoot, "src", "Sozialinfo.Knowledge.Web", "appsettings.json"), Token);
        Assert.DoesNotContain("\"AllowedHosts\": \"*\"", settings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/redaktion/suchindex")]
    [InlineData("/Dossiers/Datenschutz/")]
    public async Task Get_AnyHostAllowed_RedirectsNeverNameTheRequestHost(string path)
    {
        await using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        using var client = Client(site);

        using var response = await SendAsync(client, path, EvilHost);

        Assert.True((int)response.StatusCode is >= 300 and < 400, $"{path} answered {(int)response.StatusCode}");
        var location = Assert.IsType<Uri>(response.Headers.Location);
        Assert.False(location.IsAbsoluteUri, $"{path} redirected to {location}");
        Assert.StartsWith("/", location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PublicUrlConfigured_RedirectsUnderIt()
    {
        await using var site = new KnowledgeApiFactory(new Dictionary<string, string?>
        {
            ["AllowedHosts"] = "*",
            ["Site:PublicUrl"] = "https://wissen.example.ch",
        });
        using var client = Client(site);

        using var response = await SendAsync(client, "/redaktion/suchindex", EvilHost);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://wissen.example.ch/redaktion/anmelden?ReturnUrl=%2Fredaktion%2Fsuchindex", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_OpenApiDocumentWithAnyHost_NamesNoServer()
    {
        await using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        using var client = Client(site);

        using var response = await SendAsync(client, "/umbraco/openapi/delivery.json", EvilHost);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(EvilHost, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"servers\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wissen.example.ch")]
    [InlineData("https://wissen.example.ch/pfad")]
    [InlineData("https://wissen.example.ch?x=1")]
    [InlineData("ftp://wissen.example.ch")]
    public void Start_InvalidPublicUrl_StopsTheHost(string publicUrl)
    {
        using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Site:PublicUrl"] = publicUrl });

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Site:PublicUrl", failure.ToString(), StringComparison.Ordinal);
    }

    private static HttpClient Client(KnowledgeApiFactory site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request, Token);
    }
}
