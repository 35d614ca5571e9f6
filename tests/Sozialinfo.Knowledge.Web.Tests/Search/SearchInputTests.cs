using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>Bad input to the search endpoints never gives a 500, and the index status needs the editor key.</summary>
public sealed class SearchInputTests(SearchApiFixture fixture) : IClassFixture<SearchApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string> AcceptedQueries { get; } =
    [
        "",
        "q=",
        "q=*",
        "q=%22",
        "q=%22Datenschutz",
        "q=Daten%22schutz%22%20%22",
        "q=title:Datenschutz%20AND%20(body:%5B*%20TO%20*%5D)",
        "q=%00%01%1F%7Fdaten%07schutz",
        "q=~%5E!%3F%5C%2F%26%26%7C%7C-%2B{}",
        "q=" + new string('x', 200),
        "q=%F0%9F%98%80%20%E2%80%AE",
        "q=Datenschutz&type=gibt-es-nicht&tag=a&tag=b&dimension=%22",
        "q=Datenschutz&skip=100000&take=100",
        "q=Datenschutz&skip=&take=",
    ];

    public static TheoryData<string> RejectedQueries { get; } =
    [
        "q=Datenschutz&skip=-1",
        "q=Datenschutz&take=0",
        "q=Datenschutz&take=101",
        "q=Datenschutz&take=abc",
        "q=Datenschutz&skip=99999999999999999999",
        "q=Datenschutz&dossier=kein-schluessel",
        "q=Datenschutz&tag=" + "%07",
    ];

    [Theory]
    [MemberData(nameof(AcceptedQueries))]
    public async Task Search_OddButHarmlessInput_AnswersOk(string query)
    {
        using var response = await _client.GetAsync($"/api/search?{query}", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.True(document.RootElement.GetProperty("total").GetInt32() >= 0);
    }

    [Theory]
    [MemberData(nameof(RejectedQueries))]
    public async Task Search_InvalidPagingOrFilter_AnswersProblemDetails(string query)
    {
        using var response = await _client.GetAsync($"/api/search?{query}", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string> TooLongQueries { get; } =
    [
        new string('x', 201),
        new string('x', 10_000),
        string.Concat(Enumerable.Repeat("Datenschutz%20", 2_000)),
        string.Concat(Enumerable.Repeat("%C3%BC", 201)),
    ];

    [Theory]
    [MemberData(nameof(TooLongQueries))]
    public async Task Search_QueryOverTheLimit_AnswersGermanProblemNamingTheLimit(string text)
    {
        using var response = await _client.GetAsync($"/api/search?q={text}", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["Die Suchanfrage darf höchstens 200 Zeichen lang sein."], await response.ErrorsAsync("q"));
    }

    [Fact]
    public async Task Suggest_QueryOverTheLimit_AnswersTheSameProblem()
    {
        using var response = await _client.GetAsync($"/api/search/suggest?q={new string('x', 201)}", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Die Suchanfrage darf höchstens 200 Zeichen lang sein."], await response.ErrorsAsync("q"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("%22")]
    [InlineData("%00%01")]
    [InlineData("title:")]
    public async Task Suggest_OddInput_AnswersOk(string prefix)
    {
        using var response = await _client.GetAsync($"/api/search/suggest?q={prefix}", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_FrenchAcceptLanguage_SearchesTheFrenchTranslations()
    {
        var translated = fixture.Factory.Services.GetRequiredService<PublishedContentCache>().Published.All
            .First(i => i.GetCulture("fr-CH") is not null);
        var name = translated.GetCulture("fr-CH")!.Name;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q={Uri.EscapeDataString(name)}");
        request.Headers.Add("Accept-Language", "fr-CH,fr;q=0.9");

        using var response = await _client.SendAsync(request, Token);
        var results = await response.JsonAsync();

        Assert.Contains(translated.Key, results.Ids());
        Assert.All(results.GetProperty("items").EnumerateArray(), i => Assert.Equal("fr-CH", i.GetProperty("culture").GetString()));
    }

    [Fact]
    public async Task Status_WithEditorKey_ReportsEveryIndexHealthyWithTheSnapshotsDocuments()
    {
        var cache = fixture.Factory.Services.GetRequiredService<PublishedContentCache>();

        using var response = await _client.GetAsync("/api/search/status", withKey: true);
        var status = (await response.JsonAsync()).EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);

        Assert.Equal(["DeliveryApiContentIndex", "ExternalIndex", "InternalIndex"], status.Keys.Order(StringComparer.Ordinal));
        Assert.All(status.Values, s => Assert.Equal("Healthy", s.GetProperty("health").GetString()));
        Assert.All(status.Values, s => Assert.True(s.GetProperty("schemaVersion").GetInt32() > 0));
        Assert.All(status.Values, s => Assert.NotEqual(JsonValueKind.Null, s.GetProperty("lastUpdated").ValueKind));
        var published = cache.Published.All.Sum(i => i.Cultures.Count);
        var readable = cache.Published.All.Where(i => !SearchSettingsTypes.Contains(i.ContentType)).Sum(i => i.Cultures.Count);
        Assert.True(readable < published, "The seed's synonym groups are in the published snapshot.");
        Assert.Equal(readable, status["ExternalIndex"].GetProperty("documentCount").GetInt32());
        Assert.Equal(published, status["DeliveryApiContentIndex"].GetProperty("documentCount").GetInt32());
        Assert.Equal(cache.Preview.All.Sum(i => i.Cultures.Count), status["InternalIndex"].GetProperty("documentCount").GetInt32());
    }

    [Fact]
    public async Task Status_WithoutKey_IsUnauthorized()
    {
        using var response = await _client.GetAsync("/api/search/status", withKey: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
