using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>The editor API refuses what it must: no key → 401, bad input → 400 with German messages, never 500.</summary>
public sealed class EditorApiValidationTests(EditorApiFixture fixture) : IClassFixture<EditorApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/versions")]
    [InlineData("POST", "/publish")]
    [InlineData("POST", "/unpublish")]
    public async Task Endpoints_WithoutApiKey_Answer401(string method, string suffix)
    {
        var path = $"/api/content/{EditorApi.Home}{suffix}";

        using var response = method == "GET" ? await _client.GetAsync(path, withKey: false) : await _client.PostAsync(path, withKey: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Put_WithoutApiKey_Answers401AndSavesNothing()
    {
        var key = Guid.NewGuid();

        using var response = await _client.PutRawAsync(key.ToString(), "{}", withKey: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var check = await _client.GetAsync($"/api/content/{key}", withKey: true);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
    }

    [Fact]
    public async Task Put_WrongApiKey_Answers401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/content/{EditorApi.Home}");
        request.Headers.Add("Api-Key", "wrong-key");

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Put_MalformedJson_Answers400()
    {
        using var response = await _client.PutRawAsync(Guid.NewGuid().ToString(), "{ \"name\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Ungültiges JSON", Assert.Single(await response.ErrorsAsync("body")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_InvalidKey_Answers400()
    {
        using var response = await _client.PutRawAsync("kein-schluessel", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("«kein-schluessel» ist kein gültiger Schlüssel (GUID).", Assert.Single(await response.ErrorsAsync("key")));
    }

    [Fact]
    public async Task Get_InvalidKeyAndUnknownKey_Answer400And404()
    {
        using var invalid = await _client.GetAsync("/api/content/123", withKey: true);
        using var unknown = await _client.GetAsync($"/api/content/{Guid.NewGuid()}", withKey: true);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (invalid.StatusCode, unknown.StatusCode));
    }

    [Fact]
    public async Task Put_UnknownContentType_Answers400()
    {
        var body = EditorApi.Article("Etwas", "etwas");
        body["contentType"] = "blogPost";

        using var response = await _client.PutAsync(Guid.NewGuid(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Der Dokumenttyp «blogPost» ist nicht definiert.", Assert.Single(await response.ErrorsAsync("contentType")));
    }

    [Fact]
    public async Task Put_InvalidParentKey_Answers400()
    {
        var body = EditorApi.Article("Etwas", "etwas");
        body["parentKey"] = "nicht-guid";

        using var response = await _client.PutAsync(Guid.NewGuid(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.ErrorsAsync("parentKey"));
    }

    [Fact]
    public async Task Put_PatternAndMandatoryViolations_Answers400WithGermanMessagesPerProperty()
    {
        var body = EditorApi.Article("Zu kurz", "zu-kurz", lead: "Kurz.");
        ((Dictionary<string, object?>)body["properties"]!).Remove("author");

        using var response = await _client.PutAsync(Guid.NewGuid(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Der Lead braucht 20 bis 600 Zeichen.", Assert.Single(await response.ErrorsAsync("properties.lead")));
        Assert.Equal("«Autor:in» (author) ist ein Pflichtfeld.", Assert.Single(await response.ErrorsAsync("properties.author")));
    }

    [Fact]
    public async Task Put_WrongValueShape_Answers400()
    {
        var body = EditorApi.Article("Falsche Form", "falsche-form");
        ((Dictionary<string, object?>)body["properties"]!)["relatedContent"] = new { nested = true };

        using var response = await _client.PutAsync(Guid.NewGuid(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.ErrorsAsync("properties.relatedContent"));
    }

    [Fact]
    public async Task Publish_UnsupportedCulture_Answers400()
    {
        using var response = await _client.PostAsync($"/api/content/{EditorApi.Home}/publish?culture=en-US");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.ErrorsAsync("culture"));
    }
}
