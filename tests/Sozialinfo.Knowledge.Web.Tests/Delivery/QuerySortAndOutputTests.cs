using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>sort, expand and fields of the "Query parameters" section of delivery-api.md.</summary>
public sealed class QuerySortAndOutputTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("sortOrder")]
    [InlineData("createDate")]
    [InlineData("updateDate")]
    [InlineData("level")]
    public async Task Sort_AscAndDesc_OrderItems(string field)
    {
        var ascending = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort={field}:asc&take=1000");
        var descending = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort={field}:desc&take=1000");

        var up = SortKeys(ascending, field);
        var down = SortKeys(descending, field);
        Assert.Equal(up.Order(), up);
        Assert.Equal(down.OrderDescending(), down);
    }

    [Fact]
    public async Task Sort_Name_DescIsTheReverseOfAsc()
    {
        var ascending = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort=name:asc&take=1000");
        var descending = await Client.GetJsonAsync($"{DeliveryClient.Content}?sort=name:desc&take=1000");

        Assert.Equal(Names(ascending).Reverse(), Names(descending));
    }

    [Fact]
    public async Task Sort_Repeated_EarlierWins()
    {
        const string Filter = "filter=contentType:article,dossier&take=1000";
        var byName = (await Client.GetJsonAsync($"{DeliveryClient.Content}?{Filter}&sort=name:desc")).GetProperty("items").Ids().ToList();

        var combined = (await Client.GetJsonAsync($"{DeliveryClient.Content}?{Filter}&sort=level:asc&sort=name:desc")).GetProperty("items").Ids();

        var keys = combined.Select(id => (Level: fixture.Published.GetByKey(id)!.Level, NameRank: byName.IndexOf(id))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Level).ThenBy(k => k.NameRank), keys);
        Assert.True(keys.Select(k => k.Level).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Fields_OnQuery_LimitsPropertiesOfEveryItem()
    {
        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter=contentType:article&fields=properties[lead,tags]");

        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal(["tags", "lead"], i.GetProperty("properties").PropertyNames()));
    }

    [Fact]
    public async Task Expand_OnQuery_ExpandsPickedItems()
    {
        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?fetch=children:{SeedKeys.OnlineBeratung}&expand=properties[relatedContent]&take=100");
        var picked = json.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("properties").GetProperty("relatedContent").EnumerateArray()).ToList();

        Assert.NotEmpty(picked);
        Assert.All(picked, p => Assert.True(p.GetProperty("properties").TryGetProperty("lead", out _)));
    }

    private static string[] Names(JsonElement json) => [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

    private List<long> SortKeys(JsonElement json, string field) => [.. json.GetProperty("items").EnumerateArray().Select(i =>
    {
        var item = fixture.Published.GetByKey(i.GetProperty("id").GetGuid())!;
        return field switch
        {
            "sortOrder" => item.SortOrder,
            "level" => item.Level,
            "createDate" => item.CreateDate.UtcTicks,
            _ => i.GetProperty("updateDate").GetDateTimeOffset().UtcTicks,
        };
    })];
}
