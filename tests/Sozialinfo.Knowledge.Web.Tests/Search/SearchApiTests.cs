using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>/api/search and /api/search/suggest over the real seed content, through HTTP.</summary>
public sealed class SearchApiTests(SearchApiFixture fixture) : IClassFixture<SearchApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private ContentSnapshot Published => fixture.Factory.Services.GetRequiredService<PublishedContentCache>().Published;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_TitleWord_FindsThatArticleFirstWithRouteAndHighlightedSnippet()
    {
        var results = await _client.SearchAsync("q=Bearbeitungsverzeichnis");

        var first = results.GetProperty("items")[0];
        Assert.Equal(SearchApi.Bearbeitungsverzeichnis, first.GetProperty("id").GetGuid());
        var article = Published.GetByKey(SearchApi.Bearbeitungsverzeichnis)!.GetCulture("de-CH")!;
        Assert.Equal(article.Path, first.GetProperty("route").GetString());
        Assert.Equal(article.Name, first.GetProperty("name").GetString());
        Assert.Equal(("article", "de-CH"), (first.GetProperty("contentType").GetString(), first.GetProperty("culture").GetString()));
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Search_Typo_FindsDatenschutzArticles()
    {
        var results = await _client.SearchAsync("q=Datenshutz");

        var dossierArticles = Published.GetChildren(SearchApi.DatenschutzDossier).Select(c => c.Key).ToHashSet();
        Assert.Contains(results.Ids().Take(5), dossierArticles.Contains);
        Assert.True(results.Facet("dimension").ContainsKey("datenschutz"));
    }

    [Fact]
    public async Task Search_TypoWithManyHits_NamesTheWordAndFindsNoMoreThanIt()
    {
        var typo = await _client.SearchAsync("q=Datenschuz");
        var exact = await _client.SearchAsync("q=Datenschutz");

        Assert.Equal("Datenschutz", typo.GetProperty("suggestion").GetString());
        Assert.True(typo.Total() > 3);
        Assert.Equal(exact.Total(), typo.Total());
        Assert.Equal(exact.Ids(), typo.Ids());
        Assert.False(typo.GetProperty("timedOut").GetBoolean());
    }

    [Fact]
    public async Task Search_QuotedTypoWithoutHits_SuggestsTheSpelling()
    {
        var results = await _client.SearchAsync("q=%22Datenshutz%22");

        Assert.Equal(0, results.Total());
        Assert.Equal("Datenschutz", results.GetProperty("suggestion").GetString());
        Assert.Equal(JsonValueKind.Null, (await _client.SearchAsync("q=Datenschutz")).GetProperty("suggestion").ValueKind);
    }

    [Fact]
    public async Task Search_FacetCounts_EqualTheTotalsOfTheFilteredQueries()
    {
        var all = await _client.SearchAsync("q=Datenschutz");

        var types = all.Facet("contentType");
        Assert.NotEmpty(types);
        Assert.Equal(all.Total(), types.Values.Sum());
        foreach (var (type, count) in types)
        {
            var filtered = await _client.SearchAsync($"q=Datenschutz&type={type}");
            Assert.Equal(count, filtered.Total());
            Assert.Equal(new Dictionary<string, int> { [type] = count }, filtered.Facet("contentType"));
        }

        foreach (var (dossier, count) in all.Facet("dossier"))
        {
            Assert.Equal(count, (await _client.SearchAsync($"q=Datenschutz&dossier={dossier}")).Total());
        }
    }

    [Fact]
    public async Task Search_FiltersWithoutText_ListTheDossiersArticlesWithFacets()
    {
        var results = await _client.SearchAsync($"type=article&dossier={SearchApi.DatenschutzDossier}&take=100");

        var expected = Published.GetDescendants(SearchApi.DatenschutzDossier).Where(i => i.ContentType == "article").Select(i => i.Key).ToHashSet();
        Assert.Equal(expected.Count, results.Total());
        Assert.Equal(expected, results.Ids().ToHashSet());
        Assert.Equal(new Dictionary<string, int> { [SearchApi.DatenschutzDossier.ToString("D")] = expected.Count }, results.Facet("dossier"));
        Assert.Equal("Datenschutz nach revDSG", results.GetProperty("facets").GetProperty("dossier")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Search_Paging_ReturnsTheNextHitsWithTheSameTotal()
    {
        var first = await _client.SearchAsync("q=Datenschutz&take=2");
        var second = await _client.SearchAsync("q=Datenschutz&skip=2&take=2");

        Assert.True(first.Total() > 4);
        Assert.Equal(first.Total(), second.Total());
        Assert.Equal(2, second.Ids().Count);
        Assert.Empty(first.Ids().Intersect(second.Ids()));
    }

    [Fact]
    public async Task Suggest_Prefix_ReturnsMatchingTitlesWithRoutes()
    {
        using var response = await _client.GetAsync("/api/search/suggest?q=Bearbeitungsv", Token);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = Published.GetByKey(SearchApi.Bearbeitungsverzeichnis)!.GetCulture("de-CH")!;
        var title = Assert.Single(document.RootElement.EnumerateArray(), s => s.GetProperty("text").GetString() == article.Name);
        Assert.Equal(("title", article.Path), (title.GetProperty("kind").GetString(), title.GetProperty("route").GetString()));
    }

    [Fact]
    public async Task Recommend_DimensionAndLevel_ReturnsArticlesTaggedWithThatDimensionFirst()
    {
        var results = await _client.RecommendAsync("need=datenschutz:2&need=infrastruktur:3:0.5&type=article&take=5");

        Assert.True(results.Total() >= 5);
        var items = results.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal("article", i.GetProperty("contentType").GetString()));
        var top = Published.GetByKey(items[0].GetProperty("id").GetGuid())!.GetCulture("de-CH")!;
        Assert.Contains("dc-dimension:datenschutz", top.Tags());
        Assert.Contains("dc-stufe:2", top.Tags());
    }

    [Theory]
    [InlineData("")]
    [InlineData("need=datenschutz")]
    [InlineData("need=datenschutz:9")]
    [InlineData("need=datenschutz:2:0")]
    [InlineData("need=datenschutz:2:1000")]
    [InlineData("need=%22:2")]
    public async Task Recommend_InvalidNeed_AnswersProblemDetails(string query)
    {
        using var response = await _client.GetAsync($"/api/search/recommend?{query}", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Suggest_Blank_ReturnsEmptyList()
    {
        var body = await _client.GetStringAsync("/api/search/suggest?q=%20", Token);

        Assert.Equal("[]", body);
    }
}
