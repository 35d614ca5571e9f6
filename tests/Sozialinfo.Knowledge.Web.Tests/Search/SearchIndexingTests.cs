using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Web.Commands;
using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>The indexes follow the editor API: when a publish or unpublish call has returned, search agrees.</summary>
public sealed class SearchIndexingTests(SearchApiFixture fixture) : IClassFixture<SearchApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_NewArticle_IsFoundWhenTheCallReturnsAndGoneAfterUnpublish()
    {
        var key = Guid.NewGuid();
        Assert.Equal(0, (await _client.SearchAsync("q=Xylofonregister")).Total());

        (await _client.PutAsync(key, EditorApi.Article("Das Xylofonregister im Sozialdienst", "xylofonregister"))).Dispose();
        Assert.Equal(0, (await _client.SearchAsync("q=Xylofonregister")).Total());
        var drafts = fixture.Factory.Services.GetRequiredKeyedService<ISearchIndex>(SearchIndexNames.InternalIndex);
        Assert.Equal(key, Assert.Single(drafts.Search(new SearchQuery { Text = "Xylofonregister" }).Hits).Key);

        using (var published = await _client.PostAsync($"/api/content/{key}/publish"))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var found = await _client.SearchAsync("q=Xylofonregister");
        Assert.Equal([key], found.Ids());
        Assert.Equal("/dossiers/datenschutz/xylofonregister/", found.GetProperty("items")[0].GetProperty("route").GetString());
        Assert.Equal(key, Assert.Single(fixture.Factory.Services.GetRequiredKeyedService<ISearchIndex>(SearchIndexNames.DeliveryApiContentIndex)
            .Search(new SearchQuery { Text = "Xylofonregister" }).Hits).Key);
        Assert.Equal(SearchApi.DatenschutzDossier.ToString("D"), Assert.Single(found.Facet("dossier")).Key);

        using (var unpublished = await _client.PostAsync($"/api/content/{key}/unpublish"))
        {
            Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        }

        Assert.Equal(0, (await _client.SearchAsync("q=Xylofonregister")).Total());
        Assert.Single(drafts.Search(new SearchQuery { Text = "Xylofonregister" }).Hits);
    }

    [Fact]
    public async Task Publish_RenamedArticle_IsFoundByTheNewNameOnly()
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article("Der Quittenkalender", "quittenkalender"))).Dispose();
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();
        Assert.Equal([key], (await _client.SearchAsync("q=Quittenkalender")).Ids());

        (await _client.PutAsync(key, EditorApi.Article("Der Mispelkalender", "mispelkalender"))).Dispose();
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();

        Assert.Equal(0, (await _client.SearchAsync("q=Quittenkalender")).Total());
        var renamed = await _client.SearchAsync("q=Mispelkalender");
        Assert.Equal([key], renamed.Ids());
        Assert.Equal("/dossiers/datenschutz/mispelkalender/", renamed.GetProperty("items")[0].GetProperty("route").GetString());
    }

    [Fact]
    public async Task ReindexCommand_RebuildsEveryIndexAndPrintsCounts()
    {
        using var output = new StringWriter();
        var before = AllIndexNames.Select(name => (name, Index(name).GetStatus().LastUpdated)).ToList();
        await Task.Delay(5, Token);

        var exitCode = await ReindexCommand.RunAsync(fixture.Factory.Services, output, Token);

        Assert.Equal(0, exitCode);
        foreach (var (name, lastUpdated) in before)
        {
            var status = Index(name).GetStatus();
            Assert.Equal(IndexHealth.Healthy, status.Health);
            Assert.True(status.LastUpdated > lastUpdated, $"{name} was not rebuilt");
            Assert.Contains($"  {name,-26} {status.DocumentCount,6} Dokumente", output.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(SearchApi.Bearbeitungsverzeichnis, (await _client.SearchAsync("q=Bearbeitungsverzeichnis")).Ids()[0]);
    }

    private static string[] AllIndexNames =>
        [SearchIndexNames.ExternalIndex, SearchIndexNames.InternalIndex, SearchIndexNames.DeliveryApiContentIndex];

    private ISearchIndex Index(string name) => fixture.Factory.Services.GetRequiredKeyedService<ISearchIndex>(name);
}
