using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>Shared steps of the reader-site tests: fetch a page, parse it, look at the published snapshot it came from.</summary>
internal static class ReaderRequests
{
    public static HttpClient NoRedirects(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<(HttpResponseMessage Response, HtmlPage Page)> GetPageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, new HtmlPage(html));
    }

    /// <summary>Sends a path exactly as given (no client-side dot-segment removal or escaping), as a hostile client could.</summary>
    public static async Task<(int Status, HtmlPage Page)> GetRawPathAsync(WebApplicationFactory<Program> factory, string rawPath)
    {
        var context = await factory.Server.SendAsync(
            c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = new PathString(rawPath);
                c.Request.Headers.Accept = "text/html";
            },
            TestContext.Current.CancellationToken);
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, new HtmlPage(await reader.ReadToEndAsync(TestContext.Current.CancellationToken)));
    }

    /// <summary>The published snapshot the site reads, after the host is up and the seed is imported.</summary>
    public static async Task<ContentSnapshot> PublishedAsync(WebApplicationFactory<Program> factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        return factory.Services.GetRequiredService<PublishedContentCache>().Published;
    }

    public static PublishedCulture German(ContentSnapshot snapshot, string path) =>
        snapshot.GetByRoute(path, Cultures.Default)?.GetCulture(Cultures.Default)
        ?? throw new InvalidOperationException($"The seed has no page at {path}.");

    public static PublishedCulture German(PublishedContent item) =>
        item.GetCulture(Cultures.Default) ?? throw new InvalidOperationException($"{item.Key} has no de-CH culture.");
}
