namespace Sozialinfo.Knowledge.Web.Tests.Search.RateLimiting;

/// <summary>Requests as one named client (<see cref="TestClientAddress"/>).</summary>
internal static class SearchRateLimitClient
{
    public static async Task<HttpResponseMessage> GetAsClientAsync(this HttpClient client, string address, string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Add(TestClientAddress.HeaderName, address);
        request.Headers.Accept.ParseAdd("text/html,application/json;q=0.9,*/*;q=0.8");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Sends <paramref name="count"/> requests and returns their status codes, in order.</summary>
    public static async Task<IReadOnlyList<int>> StatusesAsync(this HttpClient client, string address, string pathAndQuery, int count)
    {
        var statuses = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            using var response = await client.GetAsClientAsync(address, pathAndQuery);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
