using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Sozialinfo.Knowledge.Web.Tests;

/// <summary>
/// Through real Kestrel on a loopback port (the TestServer has no request-line limit): a 10,000-character query
/// reaches the platform and gets its German answer, not Kestrel's bare 414.
/// </summary>
public sealed class KestrelLimitsTests : IAsyncLifetime
{
    private readonly KnowledgeApiFactory _factory = new();
    private HttpClient _client = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("a")]
    [InlineData("%C3%BC")]
    public async Task SearchApi_TenThousandCharacters_AnswersTheGermanProblem(string character)
    {
        using var response = await _client.GetAsync("/api/search?q=" + string.Concat(Enumerable.Repeat(character, 10_000)), Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.Equal("Die Suchanfrage darf höchstens 200 Zeichen lang sein.", problem.RootElement.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Fact]
    public async Task SearchPage_TenThousandCharacters_ShowsTheGermanMessage()
    {
        using var response = await _client.GetAsync("/suche?q=" + new string('a', 10_000), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Die Suchanfrage darf höchstens 200 Zeichen lang sein.", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestLine_BeyondTheRaisedLimit_IsStillRefusedByKestrel()
    {
        using var response = await _client.GetAsync("/api/search?q=" + new string('a', KestrelLimits.MaxRequestLineSize), Token);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
