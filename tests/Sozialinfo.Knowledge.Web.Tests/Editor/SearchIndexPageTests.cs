using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using Sozialinfo.Knowledge.Web.Tests.Reader;

namespace Sozialinfo.Knowledge.Web.Tests.Editor;

/// <summary>The editors' search index page: real counts, last update in Zurich time, health, and the rebuild button.</summary>
public sealed class SearchIndexPageTests(ReaderSiteFixture fixture) : IClassFixture<ReaderSiteFixture>
{
    private static readonly string[] IndexNames =
        [SearchIndexNames.ExternalIndex, SearchIndexNames.InternalIndex, SearchIndexNames.DeliveryApiContentIndex];

    private readonly KnowledgeApiFactory _factory = fixture.Site;

    [Fact]
    public async Task Get_StatusPage_ShowsEveryIndexWithItsRealFigures()
    {
        using var client = await SignedInAsync();
        var cache = _factory.Services.GetRequiredService<PublishedContentCache>();

        var (response, page) = await client.GetAsync("/redaktion/suchindex");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("<h1>Suchindex</h1>", page.Html, StringComparison.Ordinal);
        foreach (var name in IndexNames)
        {
            var status = Index(name).GetStatus();
            var expected = SearchIndexItems.DocumentCount(name == SearchIndexNames.InternalIndex ? cache.Preview : cache.Published, name);
            var section = IndexSection(page, name);
            Assert.True(status.DocumentCount > 0);
            Assert.Equal(expected, status.DocumentCount);
            Assert.Equal(status.DocumentCount.ToString(CultureInfo.InvariantCulture), Field(section, "documents"));
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), Field(section, "expected"));
            Assert.Equal(ZurichMinute(status.LastUpdated!.Value), Field(section, "updated"));
            Assert.Equal("Gesund", Field(section, "health"));
            Assert.Equal(status.SchemaVersion.ToString(CultureInfo.InvariantCulture), Field(section, "schema"));
            Assert.DoesNotContain("data-field=\"detail\"", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Rebuild_WithToken_RebuildsEveryIndexAndKeepsTheCounts()
    {
        using var client = await SignedInAsync();
        var before = IndexNames.ToDictionary(name => name, name => Index(name).GetStatus());

        var (response, _) = await client.PostFormAsync("/redaktion/suchindex", "/redaktion/suchindex");
        var (_, page) = await client.GetAsync("/redaktion/suchindex");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/redaktion/suchindex", response.Headers.Location?.OriginalString);
        Assert.Contains("Die Suchindizes wurden neu aufgebaut.", page.Html, StringComparison.Ordinal);
        foreach (var name in IndexNames)
        {
            var after = Index(name).GetStatus();
            Assert.True(after.LastUpdated > before[name].LastUpdated, $"{name} was not rewritten.");
            Assert.Equal(before[name].DocumentCount, after.DocumentCount);
            Assert.Equal(IndexHealth.Healthy, after.Health);
            Assert.Equal(after.DocumentCount.ToString(CultureInfo.InvariantCulture), Field(IndexSection(page, name), "documents"));
            Assert.Equal(ZurichMinute(after.LastUpdated!.Value), Field(IndexSection(page, name), "updated"));
        }

        var search = Index(SearchIndexNames.ExternalIndex).Search(new SearchQuery { Text = "Datenschutzgesetz" });
        Assert.NotEmpty(search.Hits);
    }

    [Fact]
    public async Task Rebuild_WithoutToken_IsRejectedAndRebuildsNothing()
    {
        using var client = await SignedInAsync();
        var before = IndexNames.ToDictionary(name => name, name => Index(name).GetStatus().LastUpdated);

        var (response, _) = await client.PostFormAsync("/redaktion/suchindex", "/redaktion/suchindex", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(IndexNames, name => Assert.Equal(before[name], Index(name).GetStatus().LastUpdated));
    }

    [Fact]
    public async Task Rebuild_Anonymous_IsSentToSignInAndRebuildsNothing()
    {
        using var client = new EditorClient(_factory);
        var before = IndexNames.ToDictionary(name => name, name => Index(name).GetStatus().LastUpdated);

        var (response, _) = await client.PostFormAsync("/redaktion/anmelden", "/redaktion/suchindex");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/redaktion/anmelden", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.All(IndexNames, name => Assert.Equal(before[name], Index(name).GetStatus().LastUpdated));
    }

    private async Task<EditorClient> SignedInAsync()
    {
        var client = new EditorClient(_factory);
        using var response = await client.SignInAsync(KnowledgeApiFactory.ApiKey);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private ISearchIndex Index(string name) => _factory.Services.GetRequiredKeyedService<ISearchIndex>(name);

    private static string IndexSection(HtmlPage page, string name) =>
        page.Element("section", $"data-index=\"{name}\"") ?? throw new InvalidOperationException($"No section for {name}.");

    private static string Field(string section, string field) =>
        HtmlPage.Text(new HtmlPage(section).Element("dd", $"data-field=\"{field}\"") ?? throw new InvalidOperationException($"No field {field}."));

    private static string ZurichMinute(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich")).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
