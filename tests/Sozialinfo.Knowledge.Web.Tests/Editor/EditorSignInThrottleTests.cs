using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Web.Editor;
using Sozialinfo.Knowledge.Web.Tests.Reader;

namespace Sozialinfo.Knowledge.Web.Tests.Editor;

public sealed class EditorSignInThrottleTests
{
    [Fact]
    public async Task SignIn_FiveWrongKeys_RefusesEvenTheRightKeyUntilTheWindowHasPassed()
    {
        var clock = new MovableClock();
        await using var root = new KnowledgeApiFactory();
        using var site = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var client = new EditorClient(site);
        var start = clock.GetUtcNow();

        for (var attempt = 0; attempt < SignInThrottle.MaxFailures; attempt++)
        {
            clock.SetUtcNow(start.AddMinutes(attempt));
            using var wrong = await client.SignInAsync($"guess-{attempt}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var blocked = await client.SignInAsync(KnowledgeApiFactory.ApiKey);
        var page = new HtmlPage(await blocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        clock.SetUtcNow(start.Add(SignInThrottle.Window).AddSeconds(1));
        using var allowed = await client.SignInAsync(KnowledgeApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Zu viele falsche Schlüssel", HtmlPage.Text(page.Element("p", "role=\"alert\"")!), StringComparison.Ordinal);
        Assert.True(int.Parse(Assert.Single(blocked.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }
}
