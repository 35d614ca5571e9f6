using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>fetch and filter of the "Query parameters" section of delivery-api.md; expected sets come from the snapshot.</summary>
public sealed class QueryFetchAndFilterTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    private HttpClient Client => fixture.Client;

    private IEnumerable<PublishedContent> German => fixture.Published.All.Where(i => i.GetCulture(Cultures.Default) is not null && !SearchSettingsTypes.Contains(i.ContentType));

    [Theory]
    [InlineData("children:fe5917ba-ea7a-49e2-ba4a-d6309391e92a")]
    [InlineData("children:/dossiers/datenschutz/")]
    [InlineData("CHILDREN:/dossiers/datenschutz")]
    public async Task Fetch_Children_ReturnsTheChildren(string fetch)
    {
        var expected = fixture.Published.GetChildren(SeedKeys.Datenschutz).Select(c => c.Key).Order();

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?fetch={Uri.EscapeDataString(fetch)}&take=100");

        Assert.Equal(expected, json.GetProperty("items").Ids().Order());
        Assert.Equal(expected.Count(), json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Fetch_Descendants_ExcludesTheItemItself()
    {
        var expected = fixture.Published.GetDescendants(SeedKeys.Dossiers).Select(c => c.Key).Order().ToList();

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?fetch=descendants:{SeedKeys.Dossiers}&take=1000");

        Assert.Equal(expected, json.GetProperty("items").Ids().Order());
        Assert.DoesNotContain(SeedKeys.Dossiers, json.GetProperty("items").Ids());
    }

    [Fact]
    public async Task Fetch_AncestorsByPath_ReturnsParentUpToRoot()
    {
        var expected = fixture.Published.GetAncestors(SeedKeys.RevDsgArticle).Select(c => c.Key).Order();

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?fetch=ancestors:{SeedKeys.RevDsgPath}");

        Assert.Equal(expected, json.GetProperty("items").Ids().Order());
    }

    [Theory]
    [InlineData("children:00000000-0000-0000-0000-000000000001")]
    [InlineData("descendants:/gibt/es/nicht/")]
    [InlineData("ancestors:/nirgends/")]
    public async Task Fetch_UnknownItem_Returns200WithTotalZero(string fetch)
    {
        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?fetch={Uri.EscapeDataString(fetch)}");

        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Equal(0, json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Filter_ContentType_ReturnsOnlyThatType()
    {
        var expected = German.Count(i => i.ContentType == "article");

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter=contentType:article&take=1000");

        Assert.Equal(expected, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal("article", i.GetProperty("contentType").GetString()));
    }

    [Fact]
    public async Task Filter_CommaSeparatedValues_AreOred()
    {
        var expected = German.Count(i => i.ContentType is "article" or "event");

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter=contentType:article,event&take=0");

        Assert.Equal(expected, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filter_Negated_ExcludesThatType()
    {
        var expected = German.Count(i => i.ContentType != "article");

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter=contentType:!article&take=1000");

        Assert.Equal(expected, json.GetProperty("total").GetInt32());
        Assert.DoesNotContain(json.GetProperty("items").EnumerateArray(), i => i.GetProperty("contentType").GetString() == "article");
    }

    [Fact]
    public async Task Filter_RepeatedParameters_AreAnded()
    {
        var expected = fixture.Published.GetDescendants(SeedKeys.Dossiers).Count(i => i.ContentType == "dossier");

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?fetch=descendants:{SeedKeys.Dossiers}&filter=contentType:dossier&filter=contentType:!article&take=0");

        Assert.Equal(expected, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filter_Name_MatchesWholeWords()
    {
        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter=name:Datenschutz&take=1000");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.All(json.GetProperty("items").EnumerateArray(),
            i => Assert.Contains("datenschutz", i.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("createDate>:", "createDate", "2026-02-01", true)]
    [InlineData("createDate<", "createDate", "2026-02-01", false)]
    [InlineData("updateDate>", "updateDate", "2026-06-01", true)]
    [InlineData("updateDate<:", "updateDate", "2026-06-01T12:00:00", false)]
    public async Task Filter_DateOperators_HoldForEveryItem(string filter, string field, string bound, bool greater)
    {
        var limit = DateTimeOffset.Parse(bound, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        var inclusive = filter.EndsWith(':');

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter={Uri.EscapeDataString(filter + bound)}&take=1000");
        var items = json.GetProperty("items").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            var value = i.GetProperty(field).GetDateTimeOffset();
            var holds = greater ? (inclusive ? value >= limit : value > limit) : (inclusive ? value <= limit : value < limit);
            Assert.True(holds, $"{field} {value:O} does not satisfy {filter}{bound}");
        });
    }

    [Theory]
    [InlineData("tag:thema:ndsg", "thema:ndsg")]
    [InlineData("dimension:datenschutz", "dc-dimension:datenschutz")]
    [InlineData("level:2", "dc-stufe:2")]
    public async Task Filter_PlatformTagFilters_ReturnOnlyTaggedItems(string filter, string tag)
    {
        var expected = German.Count(i => i.GetCulture(Cultures.Default)!.Tags().Contains(tag));

        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter={Uri.EscapeDataString(filter)}&take=1000");

        Assert.Equal(expected, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(),
            i => Assert.Contains(tag, i.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString())));
    }

    [Fact]
    public async Task Filter_Dossier_ReturnsItemsOfThatDossier()
    {
        var json = await Client.GetJsonAsync($"{DeliveryClient.Content}?filter=dossier:{SeedKeys.Datenschutz}&take=100");

        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.StartsWith(
            "/dossiers/datenschutz/", i.GetProperty("route").GetProperty("path").GetString(), StringComparison.Ordinal));
    }
}
