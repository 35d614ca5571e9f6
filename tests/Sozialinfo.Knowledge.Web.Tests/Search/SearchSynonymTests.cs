using System.Net;
using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>
/// The editors' synonym table is content: seeded from content-seed/einstellungen, changed through the editor API,
/// used by the next search after a publish, and never itself a search hit, a suggestion, a reader page or a
/// Delivery API item.
/// </summary>
public sealed class SearchSynonymTests(SearchApiFixture fixture) : IClassFixture<SearchApiFixture>
{
    private static readonly Guid SearchSettings = Guid.Parse("8c1f3e2a-5b7d-4e19-a6c4-2d9b8f0e7a31");
    private static readonly Guid KiGroup = Guid.Parse("80c02795-7a6a-57aa-99a8-ffe293e0dbb5");
    private static readonly Guid RevisedLaw = Guid.Parse("fe1163e1-7a56-43c4-a752-87af22e6fed6");
    private static readonly Guid Finance = Guid.Parse("491e281a-9037-44d4-8319-ce51ab727e7d");

    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("AI%20Richtlinie", "1d26e153-e8bd-4162-a143-4b6901d60471")]
    [InlineData("2FA", "ac1de743-341c-4392-9730-3d77b4ac9f6a")]
    [InlineData("Gesamtbetriebskosten", "491e281a-9037-44d4-8319-ce51ab727e7d")]
    public async Task Search_TermOnlyTheSeedSynonymsKnow_FindsTheArticle(string query, string expected)
    {
        var results = await _client.SearchAsync($"q={query}");

        Assert.Contains(Guid.Parse(expected), results.Ids().Take(3));
    }

    [Fact]
    public async Task PublishSynonymGroup_ThroughEditorApi_NextSearchUsesItWithoutRestart()
    {
        var key = Guid.NewGuid();
        Assert.Equal(0, (await _client.SearchAsync("q=Qzquokka")).Total());

        using (var saved = await _client.PutAsync(key, Group("Qzquokka", "Qzquokka\nDatenschutzgesetz")))
        {
            Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        }

        Assert.Equal(0, (await _client.SearchAsync("q=Qzquokka")).Total());
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();
        var published = await _client.SearchAsync("q=Qzquokka");
        Assert.Contains(RevisedLaw, published.Ids());
        Assert.DoesNotContain(key, published.Ids());

        (await _client.PutAsync(key, Group("Qzquokka", "Qzquokka, Total Cost of Ownership"))).Dispose();
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();
        var changed = await _client.SearchAsync("q=Qzquokka");
        Assert.Equal(Finance, changed.Ids()[0]);
        Assert.DoesNotContain(RevisedLaw, changed.Ids());

        (await _client.PostAsync($"/api/content/{key}/unpublish")).Dispose();
        Assert.Equal(0, (await _client.SearchAsync("q=Qzquokka")).Total());
    }

    [Fact]
    public async Task SaveSynonymGroup_WithOneTerm_IsRefusedWithTheFieldNamed()
    {
        using var response = await _client.PutAsync(Guid.NewGuid(), Group("Nur ein Begriff", "Quokka"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await response.ErrorsAsync("properties.terms"), e => e.Contains("mindestens zwei Begriffe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_SynonymGroups_AreNeitherHitsNorSuggestions()
    {
        var hits = await _client.SearchAsync("q=Sucheinstellungen%20Synonymgruppe%20künstliche%20Intelligenz");
        using var suggest = await _client.GetAsync("/api/search/suggest?q=Sucheinst", Token);

        Assert.DoesNotContain(KiGroup, hits.Ids());
        Assert.DoesNotContain(SearchSettings, hits.Ids());
        Assert.Equal("[]", await suggest.Content.ReadAsStringAsync(Token));
    }

    [Theory]
    [InlineData("/sucheinstellungen/")]
    [InlineData("/sucheinstellungen/ki/")]
    [InlineData("/umbraco/delivery/api/v2/content/item/sucheinstellungen/ki/")]
    [InlineData("/umbraco/delivery/api/v2/content/item/80c02795-7a6a-57aa-99a8-ffe293e0dbb5")]
    public async Task Get_SearchSettings_AreNoReaderPagesAndNoDeliveryItems(string path)
    {
        using var response = await _client.GetAsync(path, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DeliveryQuery_SearchSettingsTypes_AreLeftOut()
    {
        using var response = await _client.GetAsync("/umbraco/delivery/api/v2/content?filter=contentType:synonymGroup", Token);

        Assert.Equal(0, (await response.JsonAsync()).GetProperty("total").GetInt32());
    }

    private static Dictionary<string, object?> Group(string name, string terms) => new()
    {
        ["culture"] = "de-CH",
        ["contentType"] = "synonymGroup",
        ["parentKey"] = SearchSettings.ToString(),
        ["name"] = name,
        ["sortOrder"] = 90,
        ["properties"] = new Dictionary<string, object?> { ["terms"] = terms },
    };
}
