using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sozialinfo.Knowledge.Web.Tests.Browser;

/// <summary>
/// The reader layout in a real browser from 320 to 1920 px: the header holds on one line where there is room, no page
/// scrolls sideways on a phone, the content uses the width of a desktop screen, and axe-core finds no accessibility
/// violations. Screenshots of every page at 390, 1280 and 1920 px go to the test output.
/// </summary>
public sealed class ReaderLayoutBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] Paths =
    [
        "/",
        "/dossiers/datenschutz/",
        "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/",
        "/suche?q=Datenschutz",
        "/impressum/",
        "/datenschutz/",
        "/kontakt/",
        "/barrierefreiheit/",
    ];

    // Text boxes in main that show on the first screen: where the ink is, not where block boxes end.
    private const string InkScript = """
        () => {
          const main = document.querySelector('main');
          const style = getComputedStyle(main);
          const box = main.getBoundingClientRect();
          const range = document.createRange();
          const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
          let minX = Infinity, maxX = -Infinity;
          while (walker.nextNode()) {
            if (!walker.currentNode.textContent.trim()) continue;
            range.selectNodeContents(walker.currentNode);
            for (const r of range.getClientRects()) {
              if (r.width > 0 && r.bottom > 0 && r.top < innerHeight) {
                minX = Math.min(minX, r.left);
                maxX = Math.max(maxX, r.right);
              }
            }
          }
          return [box.left + parseFloat(style.paddingLeft), box.right - parseFloat(style.paddingRight), minX, maxX, document.documentElement.clientWidth].map(String);
        }
        """;

    private const string HeaderScript = """
        () => {
          const name = document.querySelector('.site-name').getBoundingClientRect();
          const items = [...document.querySelectorAll('.main-nav li')].map(li => li.getBoundingClientRect());
          return [name.top, name.bottom, ...items.flatMap(r => [r.top, r.bottom])].map(String);
        }
        """;

    [Theory]
    [InlineData(1280)]
    [InlineData(1920)]
    public async Task Open_PageOnDesktop_NavigationShareOneLineWithTheSiteNameAndContentUsesTheWidth(int width)
    {
        var (page, problems) = await site.OpenPageAsync();
        await page.SetViewportSizeAsync(width, 900);

        foreach (var path in Paths)
        {
            await page.GotoAsync(path);
            await SaveAsync(page, path, width);

            var header = Numbers(await page.EvaluateAsync<string[]>(HeaderScript));
            var (nameTop, nameBottom) = (header[0], header[1]);
            var items = header.Skip(2).Chunk(2).ToList();
            Assert.True(items.Count >= 3, $"{path}: the main navigation has {items.Count} items");
            Assert.All(items, item =>
            {
                Assert.True(Math.Abs(item[0] - items[0][0]) < 1, $"{path} at {width} px: the navigation wraps (item tops {string.Join(", ", items.Select(i => i[0]))})");
                var middle = (item[0] + item[1]) / 2;
                Assert.True(middle > nameTop && middle < nameBottom, $"{path} at {width} px: a navigation item (middle {middle}) is not on the line of the site name ({nameTop}-{nameBottom})");
            });

            var ink = Numbers(await page.EvaluateAsync<string[]>(InkScript));
            var (left, right, minX, maxX, viewport) = (ink[0], ink[1], ink[2], ink[3], ink[4]);
            var content = right - left;
            Assert.True(content >= 0.6 * viewport, $"{path} at {width} px: the content column is {content} px of {viewport}");
            Assert.True(Math.Abs(left - (viewport - right)) <= 2, $"{path} at {width} px: the content is not centred ({left} left, {viewport - right} right)");
            Assert.True(minX - left <= 0.05 * content, $"{path} at {width} px: the text starts {minX - left} px into the content column");
            Assert.True(right - maxX <= 0.15 * content, $"{path} at {width} px: the right {right - maxX} px of {content} px stay empty on the first screen");
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task Open_PageOnPhone_HasNoHorizontalScrolling(int width)
    {
        var (page, problems) = await site.OpenPageAsync();
        await page.SetViewportSizeAsync(width, 800);

        foreach (var path in Paths)
        {
            await page.GotoAsync(path);
            if (width == 390)
            {
                await SaveAsync(page, path, width);
            }

            var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(sizes[0] <= sizes[1], $"{path} at {width} px: the page is {sizes[0]} px wide and scrolls sideways");
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Axe_EveryPageType_FindsNoViolations(int width)
    {
        var (page, problems) = await site.OpenPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        var violations = new List<string>();

        foreach (var path in Paths)
        {
            await page.GotoAsync(path);
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}"));
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Empty(problems);
    }

    private static Task<string> SaveAsync(IPage page, string path, int width)
    {
        var name = path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-');
        return BrowserSite.SaveScreenshotAsync(page, $"layout-{width}-{(name.Length == 0 ? "start" : name)}");
    }

    private static double[] Numbers(string[] values) => [.. values.Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
}
