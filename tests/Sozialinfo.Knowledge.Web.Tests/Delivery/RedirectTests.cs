using System.Net;

namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>A renamed (moved) item answers 301 at its old route, with Location and Umbraco's start-item headers.</summary>
public sealed class RedirectTests : IAsyncLifetime
{
    private readonly KnowledgeApiFactory _factory = new(new Dictionary<string, string?>());
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = DeliveryFixture.CreateClient(_factory);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ItemByPath_OldRouteOfRenamedArticle_Returns301ToNewRoute()
    {
        var lead = "Seit dem 01.09.2023 gilt das revidierte Datenschutzgesetz, mit neuen Pflichten für Sozialdienste.";
        await _client.SaveDraftAsync(SeedKeys.RevDsgArticle, ArticleDrafts.Article("Das revidierte Datenschutzgesetz", "revdsg-neu", lead, 1));
        await _client.PublishAsync(SeedKeys.RevDsgArticle);

        using var old = await _client.RequestAsync($"{DeliveryClient.Content}/item{SeedKeys.RevDsgPath}");
        using var current = await _client.RequestAsync($"{DeliveryClient.Content}/item/dossiers/datenschutz/revdsg-neu/");

        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/dossiers/datenschutz/revdsg-neu/", old.Headers.Location?.OriginalString);
        Assert.Equal("home", old.Headers.GetValues("Location-Start-Item-Path").Single());
        Assert.Equal(SeedKeys.Home.ToString("D"), old.Headers.GetValues("Location-Start-Item-Id").Single());
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(SeedKeys.RevDsgArticle, (await current.JsonAsync()).GetProperty("id").GetGuid());
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
