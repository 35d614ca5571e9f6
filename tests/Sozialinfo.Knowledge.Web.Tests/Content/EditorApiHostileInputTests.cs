using System.Net;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>
/// What a hostile or careless client sends to the editor API: a 4xx problem naming the field in the client's terms
/// (never an internal type, never a 500), nothing stored; cultures in any letter case are the canonical culture.
/// </summary>
public sealed class EditorApiHostileInputTests(EditorApiFixture fixture) : IClassFixture<EditorApiFixture>
{
    private static readonly string[] Internals = ["SaveContent", "+Request", "System.", "Path: $", "could not be converted"];

    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("[]")]
    [InlineData("\"x\"")]
    [InlineData("1")]
    [InlineData("[{\"name\":\"x\"}]")]
    public async Task Put_BodyThatIsNoObject_Answers400ForTheBodyInTheClientsTerms(string json)
    {
        var key = Guid.NewGuid();

        using var response = await _client.PutRawAsync(key.ToString(), json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(await response.ErrorsAsync("body"));
        Assert.StartsWith("Erwartet wird ein JSON-Objekt mit den Feldern culture, contentType", message, StringComparison.Ordinal);
        await AssertNothingStoredAsync(key);
    }

    [Theory]
    [InlineData("culture", 1)]
    [InlineData("name", true)]
    [InlineData("sortOrder", 2147483648L)]
    [InlineData("sortOrder", "x")]
    [InlineData("parentKey", 7)]
    [InlineData("segment", 1.5)]
    public async Task Put_FieldOfTheWrongType_Answers400ForThatFieldAndStoresNothing(string field, object value)
    {
        var key = Guid.NewGuid();
        var body = EditorApi.Article("Falscher Typ", "falscher-typ");
        body[field] = value;

        using var response = await _client.PutAsync(key, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Token);
        Assert.Single(await response.ErrorsAsync(field));
        Assert.DoesNotContain(Internals, text.Contains);
        await AssertNothingStoredAsync(key);
    }

    [Fact]
    public async Task Put_PropertiesNotAnObject_Answers400ForProperties()
    {
        var body = EditorApi.Article("Liste", "liste");
        body["properties"] = new[] { "lead" };

        using var response = await _client.PutAsync(Guid.NewGuid(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.ErrorsAsync("properties"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Put_BodyThatIsNotJson_Answers415AndStoresNothing(string contentType)
    {
        var key = Guid.NewGuid();
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(EditorApi.Article("Kein JSON", "kein-json")));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{key}") { Content = content };
        request.Headers.Add("Api-Key", KnowledgeApiFactory.ApiKey);

        using var response = await _client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Single(await response.ErrorsAsync("body"));
        await AssertNothingStoredAsync(key);
    }

    [Fact]
    public async Task Put_InvalidUtf8_Answers400ForTheBody()
    {
        using var content = new ByteArrayContent([.. "{\"name\":\""u8, 0xC3, 0x28, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{Guid.NewGuid()}") { Content = content };
        request.Headers.Add("Api-Key", KnowledgeApiFactory.ApiKey);

        using var response = await _client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.ErrorsAsync("body"));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01T00:00:00")]
    public async Task Put_EventDateBeforeTheFirstUtcInstant_Answers400ForTheProperty(string date)
    {
        var key = Guid.NewGuid();
        var body = Event(date);

        using var response = await _client.PutAsync(key, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("«Beginn» erwartet ein Datum nach ISO 8601", Assert.Single(await response.ErrorsAsync("properties.startDate")), StringComparison.Ordinal);
        await AssertNothingStoredAsync(key);
    }

    [Fact]
    public async Task Put_NameWithControlCharacters_Answers400ForTheName()
    {
        using var response = await _client.PutAsync(Guid.NewGuid(), EditorApi.Article("Titel\u0000mit NUL", "titel-mit-nul"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.ErrorsAsync("name"));
    }

    [Theory]
    [InlineData("DE-CH")]
    [InlineData("de-ch")]
    [InlineData(" de-CH ")]
    public async Task Put_CultureInAnotherLetterCase_SavesTheCanonicalCulture(string culture)
    {
        var key = Guid.NewGuid();
        var body = EditorApi.Article("Andere Schreibung", $"andere-schreibung-{key:N}");
        body["culture"] = culture;

        using var response = await _client.PutAsync(key, body);

        var details = await response.JsonAsync();
        Assert.Equal(["de-CH"], details.GetProperty("cultures").EnumerateObject().Select(c => c.Name));
    }

    [Theory]
    [InlineData("DE-CH", "dE-cH")]
    [InlineData("de-ch", "DE-ch")]
    public async Task PublishAndUnpublish_CultureInAnotherLetterCase_ActOnTheCanonicalCulture(string publishCulture, string unpublishCulture)
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article("Veröffentlicht", $"veroeffentlicht-{key:N}"))).Dispose();

        using var published = await _client.PostAsync($"/api/content/{key}/publish?culture={Uri.EscapeDataString(publishCulture)}");
        var publishedDetails = await published.JsonAsync();
        using var unpublished = await _client.PostAsync($"/api/content/{key}/unpublish?culture={Uri.EscapeDataString(unpublishCulture)}");
        var unpublishedDetails = await unpublished.JsonAsync();

        Assert.Equal(JsonValueKind.Object, publishedDetails.GetProperty("cultures").GetProperty("de-CH").GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, unpublishedDetails.GetProperty("cultures").GetProperty("de-CH").GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task Get_OverlongKey_EchoesItShortened()
    {
        using var response = await _client.GetAsync($"/api/content/{new string('a', 3000)}", withKey: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(await response.ErrorsAsync("key"));
        Assert.True(message.Length < 160, message);
        Assert.Contains("…", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_CultureWithControlCharacters_EchoesItWithoutThem()
    {
        using var response = await _client.PostAsync($"/api/content/{EditorApi.Home}/publish?culture=de-CH%01%1B%E2%80%AE");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(await response.ErrorsAsync("culture"));
        Assert.StartsWith("Die Kultur «de-CH\uFFFD\uFFFD\uFFFD» wird nicht unterstützt", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_OverlongUnknownTag_IsEchoedShortened()
    {
        var body = EditorApi.Article("Langes Schlagwort", "langes-schlagwort");
        ((Dictionary<string, object?>)body["properties"]!)["tags"] = new[] { "unbekannt:" + new string('x', 5000) };

        using var response = await _client.PutAsync(Guid.NewGuid(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(await response.ErrorsAsync("properties.tags"));
        Assert.True(message.Length < 400, message);
    }

    private static Dictionary<string, object?> Event(string startDate) => new()
    {
        ["culture"] = "de-CH",
        ["contentType"] = "event",
        ["parentKey"] = SeedEventList.ToString(),
        ["name"] = "Randdatum",
        ["segment"] = "randdatum",
        ["properties"] = new Dictionary<string, object?>
        {
            ["lead"] = "Eine Veranstaltung am Rand der Zeit.",
            ["body"] = "Programm.",
            ["startDate"] = startDate,
            ["endDate"] = "2026-05-01T12:00:00+02:00",
            ["location"] = "Bern",
            ["eventFormat"] = "online",
        },
    };

    private static Guid SeedEventList { get; } = Guid.Parse("4d45815e-b68b-436b-ae6d-c41b4a6253fb");

    private async Task AssertNothingStoredAsync(Guid key)
    {
        using var check = await _client.GetAsync($"/api/content/{key}", withKey: true);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
    }
}
