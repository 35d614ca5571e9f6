using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Web.Tests.Reader;

namespace Sozialinfo.Knowledge.Web.Tests.Editor;

/// <summary>Signing in to the editors' pages with the editor key, and what anonymous and forged requests get.</summary>
public sealed class EditorSignInTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_StatusPage_Anonymous_RedirectsToSignInWithTheWayBack()
    {
        using var client = new EditorClient(_factory);

        var (response, _) = await client.GetAsync("/redaktion/suchindex");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/redaktion/anmelden?ReturnUrl=%2Fredaktion%2Fsuchindex", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_SignInPage_IsAGermanFormUnderTheSitesStrictHeaders()
    {
        using var client = new EditorClient(_factory);

        var (response, page) = await client.GetAsync("/redaktion/anmelden");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("<label for=\"anmelden-schluessel\">Redaktionsschlüssel</label>", page.Html, StringComparison.Ordinal);
        Assert.Contains("type=\"password\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongKey_Answers401WithAGermanMessageAndNoSession()
    {
        using var client = new EditorClient(_factory);

        var response = await client.SignInAsync("not-the-key");
        var page = new HtmlPage(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Der Redaktionsschlüssel ist nicht richtig.", HtmlPage.Text(page.Element("p", "role=\"alert\"")!), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("sozialinfo-redaktion=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/redaktion/suchindex")).Response.StatusCode);
    }

    [Fact]
    public async Task SignIn_EmptyKey_Answers400WithAGermanMessage()
    {
        using var client = new EditorClient(_factory);

        var response = await client.SignInAsync(string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bitte geben Sie den Redaktionsschlüssel ein.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = new EditorClient(_factory);

        var (response, _) = await client.PostFormAsync(
            "/redaktion/anmelden", "/redaktion/anmelden", new Dictionary<string, string> { ["schluessel"] = KnowledgeApiFactory.ApiKey }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("sozialinfo-redaktion=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/redaktion/suchindex")).Response.StatusCode);
    }

    [Fact]
    public async Task SignIn_RightKey_SetsAStrictHttpOnlyCookieAndReturnsToTheAskedPage()
    {
        using var client = new EditorClient(_factory);

        var response = await client.SignInAsync(KnowledgeApiFactory.ApiKey, "/redaktion/suchindex");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/redaktion/suchindex", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sozialinfo-redaktion=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/redaktion", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/redaktion/suchindex")).Response.StatusCode);
    }

    [Fact]
    public async Task SignIn_LastsEightHours()
    {
        var clock = new MovableClock();
        await using var root = new KnowledgeApiFactory();
        using var site = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var client = new EditorClient(site);
        var signedIn = clock.GetUtcNow();
        (await client.SignInAsync(KnowledgeApiFactory.ApiKey)).Dispose();

        clock.SetUtcNow(signedIn.AddHours(8).AddMinutes(-1));
        var (stillIn, _) = await client.GetAsync("/redaktion/suchindex");
        clock.SetUtcNow(signedIn.AddHours(8).AddMinutes(1));
        var (expired, _) = await client.GetAsync("/redaktion/suchindex");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/redaktion/anmelden", expired.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_KeyChangedAfterwards_EndsTheSession()
    {
        await using var site = new KnowledgeApiFactory();
        using var client = new EditorClient(site);
        (await client.SignInAsync(KnowledgeApiFactory.ApiKey)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/redaktion/suchindex")).Response.StatusCode);

        site.Services.GetRequiredService<IConfiguration>()["Umbraco:CMS:DeliveryApi:ApiKey"] = "a-new-key";
        var (response, _) = await client.GetAsync("/redaktion/suchindex");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/redaktion/anmelden", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutConfiguredKey_NobodyGetsIn()
    {
        await using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:ApiKey"] = string.Empty });
        using var client = new EditorClient(site);

        var guessed = await client.SignInAsync("irgendwas");

        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/redaktion/suchindex")).Response.StatusCode);
    }

    [Theory]
    [InlineData("https://example.org/redaktion/suchindex")]
    [InlineData("//example.org/")]
    [InlineData("/dossiers/")]
    [InlineData("/redaktion/anmelden")]
    public async Task SignIn_ReturnUrlOutsideTheEditorsPages_GoesToTheStatusPage(string returnUrl)
    {
        using var client = new EditorClient(_factory);

        var response = await client.SignInAsync(KnowledgeApiFactory.ApiKey, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/redaktion/suchindex", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = new EditorClient(_factory);
        (await client.SignInAsync(KnowledgeApiFactory.ApiKey)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/redaktion/suchindex")).Response.StatusCode);

        var (response, _) = await client.PostFormAsync("/redaktion/abmelden", "/redaktion/abmelden");
        var (after, page) = await client.GetAsync("/redaktion/abmelden");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Sie sind abgemeldet.", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/redaktion/suchindex")).Response.StatusCode);
    }
}
