using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Web.Tests.Browser;

/// <summary>An editor in a real browser: signs in with the key, reads the index status and rebuilds the indexes.</summary>
public sealed class EditorBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task SignIn_ThenRebuild_ShowsEveryIndexHealthyWithTheExpectedCounts()
    {
        var (page, problems) = await site.OpenPageAsync();
        await page.GotoAsync("/redaktion/suchindex");
        Assert.EndsWith("/redaktion/anmelden", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        await page.Locator("#anmelden-schluessel").FillAsync("falscher-schluessel");
        await page.Locator("form button[type=submit]").ClickAsync();

        // Waits for elements, not load events: under load on a small machine a page's load event can come late
        // (see ReaderBrowserTests); the element is what the editor sees.
        Assert.Contains("nicht richtig", await page.Locator("#anmelden-fehler").InnerTextAsync(), StringComparison.Ordinal);

        // The wrong key is answered 401 on purpose (the browser logs it); nothing else may go wrong from here on.
        Assert.All(problems, problem => Assert.Contains("401", problem, StringComparison.Ordinal));
        problems.Clear();

        await page.Locator("#anmelden-schluessel").FillAsync(KnowledgeApiFactory.ApiKey);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.Locator($"section[data-index='{SearchIndexNames.ExternalIndex}']").WaitForAsync();
        Assert.EndsWith("/redaktion/suchindex", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var external = site.Factory.Services.GetRequiredKeyedService<ISearchIndex>(SearchIndexNames.ExternalIndex);
        var updatedBefore = external.GetStatus().LastUpdated;

        await page.Locator("form button", new() { HasText = "Index neu aufbauen" }).ClickAsync();
        await page.Locator("p[role=status]").WaitForAsync();
        await BrowserSite.ScreenshotAsync(page, "editor-index-status");

        Assert.True(external.GetStatus().LastUpdated > updatedBefore, "the button rebuilt the ExternalIndex");
        foreach (var name in new[] { SearchIndexNames.ExternalIndex, SearchIndexNames.InternalIndex, SearchIndexNames.DeliveryApiContentIndex })
        {
            var section = page.Locator($"section[data-index='{name}']");
            Assert.Equal("Gesund", (await section.Locator("[data-field=health]").InnerTextAsync()).Trim());
            Assert.Equal(
                (await section.Locator("[data-field=expected]").InnerTextAsync()).Trim(),
                (await section.Locator("[data-field=documents]").InnerTextAsync()).Trim());
        }

        Assert.Empty(problems);
    }
}
