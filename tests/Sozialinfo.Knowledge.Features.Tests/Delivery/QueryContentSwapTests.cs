using System.Net;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

/// <summary>A query that arrives between the index update and the snapshot swap of a publish.</summary>
public sealed class QueryContentSwapTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_IndexAheadOfTheSnapshot_WaitsForTheSwapAndReturnsEveryItemTheTotalCounts()
    {
        await using var host = await DeliveryTestHost.StartAsync(null, Token);
        var next = SampleContent.Preview(version: 2);
        await host.IndexOnlyAsync(next, Token);

        var query = host.Client.RequestAsync($"{DeliveryHttp.Base}?filter=contentType:article&take=100");
        await Task.Delay(150, Token);
        Assert.False(query.IsCompleted);
        host.Cache.Replace(next, host.Cache.Preview);
        using var response = await query;
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var keys = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), keys.Count);
        Assert.Contains(SampleContent.DraftArticle, keys);
    }

    [Fact]
    public async Task Get_SwapNeverComes_AnswersWithTheItemsTheSnapshotHas()
    {
        await using var host = await DeliveryTestHost.StartAsync(null, Token);
        await host.IndexOnlyAsync(SampleContent.Preview(version: 2), Token);

        using var response = await host.Client.RequestAsync($"{DeliveryHttp.Base}?filter=contentType:article&take=100");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var keys = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(SampleContent.DraftArticle, keys);
        Assert.NotEmpty(keys);
    }
}
