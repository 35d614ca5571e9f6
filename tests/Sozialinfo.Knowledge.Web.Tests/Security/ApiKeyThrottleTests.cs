using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Security;

/// <summary>The Api-Key header of the editor API, Delivery API preview and the search status, guessed over HTTP.</summary>
public sealed class ApiKeyThrottleTests
{
    private const int MaxFailures = 5;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/content/00000000-0000-0000-0000-000000000001", false)]
    [InlineData("/api/search/status", false)]
    [InlineData("/umbraco/delivery/api/v2/content?take=1", true)]
    public async Task ApiKey_TooManyWrongKeys_Answers429ProblemButTheRightKeyStillWorks(string path, bool preview)
    {
        await using var site = new KnowledgeApiFactory();
        using var client = site.CreateClient();
        for (var attempt = 0; attempt < MaxFailures; attempt++)
        {
            using var wrong = await SendAsync(client, path, $"guess-{attempt}", preview);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var throttled = await SendAsync(client, path, "guess-again", preview);
        using var missing = await SendAsync(client, path, null, preview);
        using var right = await SendAsync(client, path, KnowledgeApiFactory.ApiKey, preview);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(Assert.Single(throttled.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture) > 0);
        using var problem = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync(Token));
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.TooManyRequests, missing.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? key, bool preview)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("Api-Key", key);
        }

        if (preview)
        {
            request.Headers.Add("Preview", "true");
        }

        return await client.SendAsync(request, Token);
    }
}
