using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Sozialinfo.Knowledge.Web.Tests.Browser;

/// <summary>
/// The site on a real Kestrel port on loopback (Playwright needs real HTTP, not the TestServer) and Debian's
/// Chromium driven by Playwright. Chromium's path comes from KNOWLEDGE_TEST_CHROMIUM (default /usr/bin/chromium).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public KnowledgeApiFactory Factory { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A new page that records console errors, page errors and failed requests.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = BaseAddress.ToString() });
        // The suite starts many hosts at once on a small shared machine; Playwright's 30 s default is too tight there.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return (page, problems);
    }

    /// <summary>
    /// Saves a full-page screenshot under the test output (TestResults/screenshots next to the test assembly, or the
    /// folder KNOWLEDGE_TEST_SCREENSHOTS names) and returns its path.
    /// </summary>
    public static async Task<string> SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Saves a screenshot when KNOWLEDGE_TEST_SCREENSHOTS names a folder.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_TEST_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }
}
