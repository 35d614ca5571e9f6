using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Web.Tests.Reader;

namespace Sozialinfo.Knowledge.Web.Tests.Editor;

public sealed class EditorSignInThrottleTests
{
    private const int MaxFailures = 5;

    [Fact]
    public async Task SignIn_FiveWrongKeys_RefusesWrongKeysButStillAcceptsTheRightOne()
    {
        var clock = new MovableClock();
        await using var root = new KnowledgeApiFactory();
        using var site = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var guesser = new EditorClient(site);
        using var editor = new EditorClient(site);
        var start = clock.GetUtcNow();

        for (var attempt = 0; attempt < MaxFailures; attempt++)
        {
            clock.SetUtcNow(start.AddMinutes(attempt));
            using var wrong = await guesser.SignInAsync($"guess-{attempt}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var blocked = await guesser.SignInAsync("guess-again");
        var page = new HtmlPage(await blocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var signedIn = await editor.SignInAsync(KnowledgeApiFactory.ApiKey);
        clock.SetUtcNow(start.AddMinutes(15).AddSeconds(1));
        using var countedAgain = await guesser.SignInAsync("guess-later");

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Zu viele falsche Schlüssel", HtmlPage.Text(page.Element("p", "role=\"alert\"")!), StringComparison.Ordinal);
        Assert.True(int.Parse(Assert.Single(blocked.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, countedAgain.StatusCode);
    }

    [Fact]
    public async Task SignIn_WrongApiKeysFromTheSameClient_CountTowardsTheSameThrottle()
    {
        await using var site = new KnowledgeApiFactory();
        using var api = site.CreateClient();
        using var form = new EditorClient(site);
        for (var attempt = 0; attempt < MaxFailures; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/content/{Guid.NewGuid()}");
            request.Headers.Add("Api-Key", $"guess-{attempt}");
            using var wrong = await api.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var blocked = await form.SignInAsync("guess-on-the-form");

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
    }
}
