using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Sozialinfo.Knowledge.Web.Tests.Reader;

namespace Sozialinfo.Knowledge.Web.Tests.Editor;

/// <summary>
/// A browser-like client for the editors' pages: keeps cookies, does not follow redirects, and sends forms with the
/// antiforgery token of the page they were read from (or without it, as a forged request would).
/// </summary>
internal sealed partial class EditorClient(WebApplicationFactory<Program> factory) : IDisposable
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async Task<(HttpResponseMessage Response, HtmlPage Page)> GetAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Token);
        return (response, new HtmlPage(await response.Content.ReadAsStringAsync(Token)));
    }

    /// <summary>Reads the form page, then posts the fields to <paramref name="action"/> with (or without) its token.</summary>
    public async Task<(HttpResponseMessage Response, HtmlPage Page)> PostFormAsync(
        string formPage, string action, IReadOnlyDictionary<string, string>? fields = null, bool withToken = true)
    {
        var (form, page) = await GetAsync(formPage);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>());
        if (withToken)
        {
            values["__RequestVerificationToken"] = AntiforgeryToken(page.Html);
        }

        using var content = new FormUrlEncodedContent(values);
        var response = await _client.PostAsync(new Uri(action, UriKind.Relative), content, Token);
        return (response, new HtmlPage(await response.Content.ReadAsStringAsync(Token)));
    }

    public async Task<HttpResponseMessage> SignInAsync(string key, string? returnUrl = null)
    {
        var action = returnUrl is null ? "/redaktion/anmelden" : $"/redaktion/anmelden?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var (response, _) = await PostFormAsync("/redaktion/anmelden", action, new Dictionary<string, string> { ["schluessel"] = key });
        return response;
    }

    /// <summary>Any method on a path, with the session cookie if signed in.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path) =>
        _client.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)), Token);

    public void Dispose() => _client.Dispose();

    private static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
