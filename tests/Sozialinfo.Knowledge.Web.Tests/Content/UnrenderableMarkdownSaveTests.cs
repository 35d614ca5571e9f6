using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>
/// Markdown that cannot be rendered is refused on save with a 400 naming the property, the culture and the reason;
/// nothing is stored, and the site keeps publishing (issue 8: one such draft made every later save answer 500).
/// </summary>
public sealed class UnrenderableMarkdownSaveTests(EditorApiFixture fixture) : IClassFixture<EditorApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(UnrenderableMarkdown.Names), MemberType = typeof(UnrenderableMarkdown))]
    public async Task Put_NewArticleWithUnrenderableBody_Answers400ForBodyAndStoresNothing(string input)
    {
        var (name, text, reason) = UnrenderableMarkdown.Get(input);
        var key = Guid.NewGuid();

        using var response = await _client.PutAsync(key, WithBody(EditorApi.Article($"Kaputt {name}", $"kaputt-{name.ToLowerInvariant()}"), text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = Assert.Single(await response.ErrorsAsync("properties.body"));
        Assert.StartsWith("«Text» (body, de-CH): " + reason, message, StringComparison.Ordinal);
        using var check = await _client.GetAsync($"/api/content/{key}", withKey: true);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
        await AssertStillPublishesAsync();
    }

    [Fact]
    public async Task Put_ExistingArticleWithTooDeepBody_Answers400AndKeepsTheStoredDraft()
    {
        var key = Guid.NewGuid();
        var article = EditorApi.Article("Bleibt heil", "bleibt-heil");
        (await _client.PutAsync(key, article)).EnsureSuccessStatusCode();

        using var response = await _client.PutAsync(key, WithBody(article, string.Concat(Enumerable.Repeat("> ", 17)) + "x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(await response.ErrorsAsync("properties.body"));
        Assert.Contains("höchstens 16 Ebenen", message, StringComparison.Ordinal);
        var stored = await (await _client.GetAsync($"/api/content/{key}", withKey: true)).JsonAsync();
        var draft = stored.GetProperty("cultures").GetProperty("de-CH").GetProperty("draft");
        Assert.Equal("## Abschnitt\n\nEin Absatz.", draft.GetProperty("properties").GetProperty("body").GetString());
        Assert.Empty(draft.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task Put_BodyAtTheNestingLimit_IsSaved()
    {
        var body = string.Concat(Enumerable.Repeat("> ", 16)) + "x";

        using var response = await _client.PutAsync(Guid.NewGuid(), WithBody(EditorApi.Article("Tief, aber erlaubt", "tief-aber-erlaubt"), body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static Dictionary<string, object?> WithBody(Dictionary<string, object?> article, string body)
    {
        var properties = new Dictionary<string, object?>((Dictionary<string, object?>)article["properties"]!) { ["body"] = body };
        return new Dictionary<string, object?>(article) { ["properties"] = properties };
    }

    private async Task AssertStillPublishesAsync()
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article($"Danach {key:N}", $"danach-{key:N}"))).EnsureSuccessStatusCode();
        using var published = await _client.PostAsync($"/api/content/{key}/publish");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }
}
