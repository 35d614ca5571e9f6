using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>An unexpected failure while rendering a page answers the German error page with status 500.</summary>
public sealed class ErrorPageTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_PageWhoseRenderingFails_AnswersGermanErrorPage()
    {
        var clock = new FailingClock();
        using var site = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var client = site.CreateClient();
        _ = await ReaderRequests.PublishedAsync(site);
        clock.Fail = true;

        var (response, page) = await ReaderRequests.GetPageAsync(client, "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/");

        clock.Fail = false;
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"de-CH\">", page.Html, StringComparison.Ordinal);
        Assert.Equal("Ein Fehler ist aufgetreten", Assert.Single(page.Headings, h => h.Level == 1).Text);
        Assert.DoesNotContain("FailingClock", page.Html, StringComparison.Ordinal);
    }

    /// <summary>A clock that fails on demand: the reader page reads the time on every request.</summary>
    private sealed class FailingClock : TimeProvider
    {
        public volatile bool Fail;

        public override DateTimeOffset GetUtcNow() =>
            Fail ? throw new InvalidOperationException("FailingClock: simulated failure") : base.GetUtcNow();
    }
}
