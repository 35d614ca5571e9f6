using System.Net;
using Microsoft.AspNetCore.Http;

namespace Sozialinfo.Knowledge.Web.Tests.Hosting;

/// <summary>
/// X-Forwarded-For decides which client a wrong key counts for, but only when it comes from a configured proxy: from
/// anybody else a forged header would let a guesser take a fresh address for every guess.
/// </summary>
public sealed class ForwardedHeadersSetupTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task WrongKeys_ForwardedByAConfiguredProxy_CountPerForwardedClient()
    {
        await using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = Proxy });

        var statuses = new List<int>();
        for (var client = 1; client <= 8; client++)
        {
            statuses.Add(await WrongKeyAsync(site, Proxy, $"203.0.113.{client}"));
        }

        var sameClient = new List<int>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            sameClient.Add(await WrongKeyAsync(site, Proxy, "198.51.100.9"));
        }

        Assert.All(statuses, status => Assert.Equal(StatusCodes.Status401Unauthorized, status));
        Assert.Equal(StatusCodes.Status429TooManyRequests, sameClient[^1]);
    }

    [Fact]
    public async Task WrongKeys_ForwardedHeaderFromAnUnknownAddress_IsIgnored()
    {
        await using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = Proxy });

        var statuses = new List<int>();
        for (var client = 1; client <= 6; client++)
        {
            statuses.Add(await WrongKeyAsync(site, "10.0.0.6", $"203.0.113.{client}"));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task WrongKeys_NoProxyConfigured_ForwardedHeaderIsIgnored()
    {
        await using var site = new KnowledgeApiFactory();

        var statuses = new List<int>();
        for (var client = 1; client <= 6; client++)
        {
            statuses.Add(await WrongKeyAsync(site, "127.0.0.1", $"203.0.113.{client}"));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task WrongKeys_KnownNetwork_IsBelievedLikeAProxy()
    {
        await using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { ["ReverseProxy:KnownNetworks:0"] = "10.1.0.0/16" });

        var statuses = new List<int>();
        for (var client = 1; client <= 8; client++)
        {
            statuses.Add(await WrongKeyAsync(site, "10.1.2.3", $"203.0.113.{client}"));
        }

        Assert.All(statuses, status => Assert.Equal(StatusCodes.Status401Unauthorized, status));
    }

    [Theory]
    [InlineData("ReverseProxy:KnownProxies:0", "proxy.example")]
    [InlineData("ReverseProxy:KnownNetworks:0", "10.0.0.0")]
    public void Start_InvalidProxySetting_StopsTheHost(string setting, string value)
    {
        using var site = new KnowledgeApiFactory(new Dictionary<string, string?> { [setting] = value });

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(setting.Split(':')[1], failure.ToString(), StringComparison.Ordinal);
    }

    private static async Task<int> WrongKeyAsync(KnowledgeApiFactory site, string remoteAddress, string forwardedFor)
    {
        var context = await site.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = "/api/search/status";
            http.Request.Headers["Api-Key"] = "guess";
            http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            http.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
        }, TestContext.Current.CancellationToken);
        return context.Response.StatusCode;
    }
}
