using System.Net;
using System.Text.Json;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

public sealed class GetContentByIdTests(DeliveryHostFixture fixture) : IClassFixture<DeliveryHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Get_KnownArticle_ReturnsUmbracoShapeInOrder()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}");
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(["contentType", "name", "createDate", "updateDate", "route", "id", "properties", "cultures"], json.PropertyNames());
        Assert.Equal("article", json.GetProperty("contentType").GetString());
        Assert.Equal("Das revidierte Datenschutzgesetz", json.GetProperty("name").GetString());
        Assert.Equal("2026-03-02T08:15:00Z", json.GetProperty("createDate").GetString());
        Assert.Equal("2026-03-04T15:40:00Z", json.GetProperty("updateDate").GetString());
        Assert.Equal("/dossiers/datenschutz/revdsg/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal(SampleContent.Home, json.GetProperty("route").GetProperty("startItem").GetProperty("id").GetGuid());
        Assert.Equal("home", json.GetProperty("route").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal(SampleContent.ArticleOne, json.GetProperty("id").GetGuid());
        Assert.Equal(["de-CH"], json.GetProperty("cultures").PropertyNames());
    }

    [Fact]
    public async Task Get_Article_PropertiesFollowEditorsInDocumentTypeOrder()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}");
        var properties = (await response.JsonAsync()).GetProperty("properties");

        Assert.Equal(["metaTitle", "metaDescription", "tags", "lead", "body", "author", "relatedContent"], properties.PropertyNames());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("metaTitle").ValueKind);
        Assert.Equal("<h2 id=\"a\">Titel</h2>\n<p>Text &amp; mehr</p>\n", properties.GetProperty("body").GetString());
        Assert.Equal(["dc-dimension:datenschutz", "thema:ndsg"], properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var related = properties.GetProperty("relatedContent").EnumerateArray().ToList();
        Assert.Equal([SampleContent.ArticleTwo, SampleContent.Event], related.Select(r => r.GetProperty("id").GetGuid()));
        Assert.All(related, r => Assert.Empty(r.GetProperty("properties").EnumerateObject()));
        Assert.All(related, r => Assert.False(r.TryGetProperty("cultures", out _)));
    }

    [Fact]
    public async Task Get_Event_ConvertsScalarEditorsAndShallowContentPicker()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Event}");
        var properties = (await response.JsonAsync()).GetProperty("properties");

        Assert.Equal("2027-02-04T09:00:00+01:00", properties.GetProperty("startDate").GetString());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("endDate").ValueKind);
        Assert.Equal(20, properties.GetProperty("capacity").GetInt64());
        Assert.Equal(280.50m, properties.GetProperty("price").GetDecimal());
        Assert.True(properties.GetProperty("registrationOpen").GetBoolean());
        Assert.Equal(SampleContent.Workshops, properties.GetProperty("service").GetProperty("id").GetGuid());
        Assert.Equal("/angebote/workshops/", properties.GetProperty("service").GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("", properties.GetProperty("body").GetString());
        Assert.Empty(properties.GetProperty("tags").EnumerateArray());
    }

    [Fact]
    public async Task Get_UnsetNumbersAndBooleans_AreZeroAndFalseAsInUmbraco()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Angebote}");
        var properties = (await response.JsonAsync()).GetProperty("properties");

        Assert.False(properties.GetProperty("bookable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("contactEmail").ValueKind);
    }

    [Fact]
    public async Task Get_HomeInFrench_UsesTranslationAndListsBothCultures()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}", ("Accept-Language", "fr-CH"));
        var json = await response.JsonAsync();

        Assert.Equal("Accueil", json.GetProperty("name").GetString());
        Assert.Equal("fr-CH", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal(["de-CH", "fr-CH"], json.GetProperty("cultures").PropertyNames());
        Assert.Equal("/", json.GetProperty("cultures").GetProperty("fr-CH").GetProperty("path").GetString());
        Assert.Equal("accueil", json.GetProperty("cultures").GetProperty("fr-CH").GetProperty("startItem").GetProperty("path").GetString());
        Assert.Equal("home", json.GetProperty("cultures").GetProperty("de-CH").GetProperty("startItem").GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("fr-CH,fr;q=0.9,de;q=0.8", "Accueil")]
    [InlineData("fr-FR", "Accueil")]
    [InlineData("de;q=0.5, fr;q=0.9", "Accueil")]
    [InlineData("en-US,en;q=0.9", "Startseite")]
    [InlineData("xx-YY", "Startseite")]
    [InlineData("de-CH;q=abc", "Startseite")]
    [InlineData(";;;,,,q=", "Startseite")]
    public async Task Get_AcceptLanguageVariants_PickBestCultureOrDefault(string acceptLanguage, string expectedName)
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.Home}", ("Accept-Language", acceptLanguage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedName, (await response.JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_FrenchListWithGermanFallback_ReturnsGermanForUntranslatedItem()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}", ("Accept-Language", "fr-CH,de-CH;q=0.5"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("de-CH", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Get_OnlyFrenchForUntranslatedItem_Returns404AsUmbraco()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}", ("Accept-Language", "fr-CH"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.TextAsync());
    }

    [Fact]
    public async Task Get_UnknownId_Returns404WithEmptyBodyAndVary()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.TextAsync());
        Assert.Equal(["Accept-Language", "Preview", "Start-Item", "Api-Key"], response.Headers.Vary);
    }

    [Fact]
    public async Task Get_DraftWithoutPreview_Returns404()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.DraftArticle}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_DraftInPreviewWithKey_ReturnsPreviewRoute()
    {
        using var response = await Client.RequestAsync(
            $"{DeliveryHttp.Base}/item/{SampleContent.DraftArticle}", ("Preview", "true"), ("Api-Key", DeliveryTestHost.ApiKey));
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/preview-{SampleContent.DraftArticle:D}/", json.GetProperty("route").GetProperty("path").GetString());
        Assert.Equal("Geheimer Entwurf", json.GetProperty("properties").GetProperty("lead").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("SAMPLE-API-KEY")]
    [InlineData("sample-api-key-and-more")]
    public async Task Get_PreviewWithoutValidKey_Returns401WithEmptyBody(string? apiKey)
    {
        (string, string)[] headers = apiKey is null ? [("Preview", "true")] : [("Preview", "true"), ("Api-Key", apiKey)];

        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}", headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.TextAsync());
    }

    [Fact]
    public async Task Get_PublishedItemWithRelatedDraft_NeverLeaksTheDraft()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/{SampleContent.ArticleOne}?expand=properties[$all]");
        var text = await response.TextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(SampleContent.DraftArticle.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Geheimer Entwurf", text, StringComparison.Ordinal);
    }
}
