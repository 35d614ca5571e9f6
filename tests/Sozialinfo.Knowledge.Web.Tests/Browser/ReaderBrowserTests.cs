using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Browser;

/// <summary>A reader in a real browser: clicks from the start page to a dossier and an article, and uses the keyboard.</summary>
public sealed class ReaderBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Click_FromStartPageToDossierToArticle_ShowsTheArticleWithoutErrors()
    {
        var (page, problems) = await site.OpenPageAsync();
        await page.GotoAsync("/");
        await BrowserSite.ScreenshotAsync(page, "reader-start");
        Assert.Equal("rgb(11, 61, 92)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor"));

        var dossierLink = page.Locator("section[aria-labelledby='seite-dossiers'] .teaser-title a").First;
        var dossierName = (await dossierLink.InnerTextAsync()).Trim();
        await ClickAndWaitForUrlAsync(page, dossierLink, "**/dossiers/*/");
        Assert.Equal(dossierName, (await page.Locator("h1").InnerTextAsync()).Trim());

        var articleLink = page.Locator("section.listing .teaser-title a").First;
        var articleName = (await articleLink.InnerTextAsync()).Trim();
        await ClickAndWaitForUrlAsync(page, articleLink, "**/dossiers/*/*/");
        await BrowserSite.ScreenshotAsync(page, "reader-article");

        var path = new Uri(page.Url).AbsolutePath;
        var article = site.Factory.Services.GetRequiredService<PublishedContentCache>().Published.GetByRoute(path, Cultures.Default);
        Assert.NotNull(article);
        Assert.Equal("article", article.ContentType);
        Assert.Equal(article.GetCulture(Cultures.Default)!.Name, articleName);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(articleName, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Tab_OnFreshPage_FocusesTheVisibleSkipLinkWhichMovesFocusToMain()
    {
        var (page, problems) = await site.OpenPageAsync();
        await page.GotoAsync("/dossiers/");

        await page.Keyboard.PressAsync("Tab");

        var focused = await page.EvaluateAsync<string[]>(
            "() => [document.activeElement.textContent.trim(), document.activeElement.getAttribute('href'), String(document.activeElement.getBoundingClientRect().top), getComputedStyle(document.activeElement).outlineStyle]");
        Assert.Equal("Zum Inhalt springen", focused[0]);
        Assert.Equal("#inhalt", focused[1]);
        Assert.True(double.Parse(focused[2], System.Globalization.CultureInfo.InvariantCulture) >= 0, "the focused skip link is on screen");
        Assert.NotEqual("none", focused[3]);
        await BrowserSite.ScreenshotAsync(page, "reader-skip-link");

        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("inhalt", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Open_ArticleOnPhoneWidth_HasNoHorizontalScrolling()
    {
        var (page, problems) = await site.OpenPageAsync();
        await page.SetViewportSizeAsync(360, 740);

        await page.GotoAsync("/angebote/workshops/");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        await BrowserSite.ScreenshotAsync(page, "reader-phone");
        Assert.False(overflow, "the page is wider than a 360 px screen");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Open_UnknownPage_ShowsGermanNotFoundPage()
    {
        var (page, _) = await site.OpenPageAsync();

        var response = await page.GotoAsync("/gibt-es-nicht/");

        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.Equal("Seite nicht gefunden", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Locator("main a[href='/']").ClickAsync();
        await page.WaitForURLAsync(site.BaseAddress.ToString());
    }

    /// <summary>
    /// Clicks a link and waits for its page. On a loaded 2-core machine a click can land while the layout still shifts
    /// (style sheet arriving) and hit nothing; a reader would click again, so the test does too, at most three times.
    /// </summary>
    private static async Task ClickAndWaitForUrlAsync(Microsoft.Playwright.IPage page, Microsoft.Playwright.ILocator link, string urlGlob)
    {
        for (var attempt = 1; ; attempt++)
        {
            await link.ClickAsync();
            try
            {
                await page.WaitForURLAsync(urlGlob, new() { Timeout = 30_000, WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // Only a click that hit nothing is repeated; a page that navigated but never loaded still fails.
                if (await link.CountAsync() == 0)
                {
                    throw;
                }
            }
        }
    }
}
