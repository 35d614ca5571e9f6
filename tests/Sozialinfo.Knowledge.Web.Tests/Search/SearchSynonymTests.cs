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

    private static readonly HashSet<Guid> KiDossier =
    [
        Guid.Parse("17b9cabc-b7d6-44d6-a842-13bac187743c"),
        Guid.Parse("7617dfa8-7f14-4147-84d7-2dd84b9c1b2a"),
        Guid.Parse("775ab90e-78d4-4058-a1b5-a296eb0cbd1d"),
        Guid.Parse("1d26e153-e8bd-4162-a143-4b6901d60471"),
        Guid.Parse("ace7b3cf-9a2e-45b0-b4c4-45d4455ce1e7"),
    ];

    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("k%C3%BCnstliche%20Intelligenz")]
    [InlineData("kunstliche%20Intelligenz")]
    [InlineData("KI")]
    public async Task Search_ArtificialIntelligenceSpelledOutOrAbbreviated_FindsTheKiDossier(string query)
    {
        var results = await _client.SearchAsync($"q={query}");

        Assert.True(results.Total() >= KiDossier.Count, $"{results.Total()} hits");
        Assert.All(results.Ids().Take(3), id => Assert.Contains(id, KiDossier));
    }

    [Fact]
    public async Task SearchPage_ArtificialIntelligenceWithoutUmlaut_ListsTheKiDossier()
    {
        using var response = await _client.GetAsync("/suche?q=kunstliche%20Intelligenz", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Keine Treffer", html, StringComparison.Ordinal);
        Assert.Contains("<h3><a href=\"/dossiers/ki-in-der-sozialen-arbeit/", html, StringComparison.Ordinal);
    }

    // Queries the seed's texts do not answer without the table: the words typed are in no text, or not first.
    [Theory]
    [InlineData("2FA", "ac1de743-341c-4392-9730-3d77b4ac9f6a")]
    [InlineData("Email", "ac1de743-341c-4392-9730-3d77b4ac9f6a")]
    [InlineData("Datenschutz-Folgenabsch%C3%A4tzung", "d5fc2128-cc65-4959-9739-0c4c2925b86a")]
    public async Task Search_TermOnlyTheSeedSynonymsKnow_FindsTheArticleFirst(string query, string expected)
    {
        var ids = (await _client.SearchAsync($"q={query}")).Ids();

        Assert.NotEmpty(ids);
        Assert.Equal(Guid.Parse(expected), ids[0]);
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
