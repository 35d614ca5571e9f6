using System.Net;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

public sealed class GetContentByRouteTests(DeliveryHostFixture fixture) : IClassFixture<DeliveryHostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Theory]
    [InlineData("/item", "d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    [InlineData("/item/", "d748fe6c-cd9e-438b-a356-c192b7e2ee40")]
    [InlineData("/item/dossiers", "5fd8f908-3a29-4e75-8331-db42de504e46")]
    [InlineData("/item/dossiers/datenschutz/", "fe5917ba-ea7a-49e2-ba4a-d6309391e92a")]
    [InlineData("/item/Dossiers/Datenschutz/RevDSG", "fe1163e1-7a56-43c4-a752-87af22e6fed6")]
    [InlineData("/item/zweite/", "2b1d3c4e-5f60-4718-8293-a4b5c6d7e8f9")]
    public async Task Get_KnownRoute_ReturnsItem(string path, string expectedKey)
    {
        using var response = await Client.RequestAsync(DeliveryHttp.Base + path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Guid.Parse(expectedKey), (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Get_RootInFrench_ReturnsTranslation()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/", ("Accept-Language", "fr-CH"));

        Assert.Equal("Accueil", (await response.JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_MovedRoute_Returns301WithLocationAndStartItemHeaders()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/dossiers/alter-datenschutz");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/dossiers/datenschutz/", response.Headers.Location?.OriginalString);
        Assert.Equal("home", response.Headers.GetValues("Location-Start-Item-Path").Single());
        Assert.Equal(SampleContent.Home.ToString("D"), response.Headers.GetValues("Location-Start-Item-Id").Single());
    }

    [Theory]
    [InlineData("/item/unbekannt")]
    [InlineData("/item/dossiers/datenschutz/revdsg/zu-tief")]
    [InlineData("/item/../../../etc/passwd")]
    [InlineData("/item/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/item/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/item/dossiers/%2e%2e/%2e%2e/%2e%2e/Program.cs")]
    [InlineData("/item/dossiers%5C..%5C..%5Cweb.config")]
    [InlineData("/item/appsettings.json")]
    [InlineData("/item/%00")]
    [InlineData("/item/dossiers/%2e%2e%2f%2e%2e%2fdossiers")]
    [InlineData("/item/%C3%A4rger")]
    public async Task Get_UnknownOrTraversalPath_Returns4xxAndNeverAFile(string path)
    {
        using var response = await Client.RequestAsync(DeliveryHttp.Base + path);
        var body = await response.TextAsync();

        Assert.InRange((int)response.StatusCode, 400, 404);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Logging", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PreviewPathInPreview_ReturnsDraft()
    {
        using var response = await Client.RequestAsync(
            $"{DeliveryHttp.Base}/item/preview-{SampleContent.DraftArticle:D}/", ("Preview", "true"), ("Api-Key", DeliveryTestHost.ApiKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SampleContent.DraftArticle, (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Get_PreviewPathWithoutPreview_Returns404()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/preview-{SampleContent.DraftArticle:D}/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("zweite")]
    [InlineData("2b1d3c4e-5f60-4718-8293-a4b5c6d7e8f9")]
    [InlineData("/Zweite/")]
    public async Task Get_RootPathWithStartItem_ReturnsThatRoot(string startItem)
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/", ("Start-Item", startItem));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SampleContent.SecondRoot, (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Get_PathBelowFirstRootStartItem_ResolvesRelativeToIt()
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/dossiers/", ("Start-Item", "home"));

        Assert.Equal(SampleContent.Dossiers, (await response.JsonAsync()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("unbekannt")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    [InlineData("../home")]
    public async Task Get_UnknownStartItem_Returns404WithJsonStringBody(string startItem)
    {
        using var response = await Client.RequestAsync($"{DeliveryHttp.Base}/item/", ("Start-Item", startItem));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("\"The Start-Item could not be found\"", await response.TextAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
