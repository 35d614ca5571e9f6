using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>The editor API over the real app: drafts never leak, publish shows, unpublish hides, renames redirect.</summary>
public sealed class EditorApiTests(EditorApiFixture fixture) : IClassFixture<EditorApiFixture>
{
    private readonly HttpClient _client = fixture.Client;

    private PublishedContentCache Cache => fixture.Factory.Services.GetRequiredService<PublishedContentCache>();

    [Fact]
    public async Task Put_NewDraft_InPreviewOnly()
    {
        var key = Guid.NewGuid();

        using var response = await _client.PutAsync(key, EditorApi.Article("Nur ein Entwurf", "nur-ein-entwurf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var details = await response.JsonAsync();
        Assert.Equal(4, details.GetProperty("level").GetInt32());
        Assert.Equal(JsonValueKindNull, details.GetProperty("cultures").GetProperty("de-CH").GetProperty("published").ValueKind);
        Assert.Null(Cache.Published.GetByKey(key));
        Assert.Null(Cache.Published.GetByRoute("/dossiers/datenschutz/nur-ein-entwurf/", "de-CH"));
        Assert.False(Cache.Preview.GetByKey(key)!.IsPublished);
    }

    [Fact]
    public async Task Publish_Draft_VisibleAtItsRoute()
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article("Frisch publiziert", "frisch-publiziert"))).Dispose();

        using var response = await _client.PostAsync($"/api/content/{key}/publish?culture=de-CH");

        var details = await response.JsonAsync();
        Assert.Equal("frisch-publiziert", details.GetProperty("cultures").GetProperty("de-CH").GetProperty("published").GetProperty("segment").GetString());
        Assert.Equal(key, Cache.Published.GetByRoute("/dossiers/datenschutz/frisch-publiziert/", "de-CH")?.Key);
    }

    [Fact]
    public async Task Put_OverPublished_PublishedCopyUnchangedUntilPublish()
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article("Erste Fassung", "erste-fassung"))).Dispose();
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();

        using var response = await _client.PutAsync(key, EditorApi.Article("Zweite Fassung", "erste-fassung", "Ein geheimer neuer Lead, der noch nicht sichtbar sein darf."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = Cache.Published.GetByKey(key)!.GetCulture("de-CH")!;
        Assert.Equal("Erste Fassung", published.Name);
        Assert.DoesNotContain("geheimer", published.Text("lead"), StringComparison.Ordinal);
        Assert.Equal("Zweite Fassung", Cache.Preview.GetByKey(key)!.GetCulture("de-CH")!.Name);
    }

    [Fact]
    public async Task Unpublish_Published_GoneFromPublishedSnapshot()
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article("Bald weg", "bald-weg"))).Dispose();
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();
        Assert.NotNull(Cache.Published.GetByKey(key));

        using var response = await _client.PostAsync($"/api/content/{key}/unpublish?culture=de-CH");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Cache.Published.GetByKey(key));
        Assert.Null(Cache.Published.GetByRoute("/dossiers/datenschutz/bald-weg/", "de-CH"));
        Assert.NotNull(Cache.Preview.GetByKey(key));
    }

    [Fact]
    public async Task Publish_RenamedSegment_RecordsRedirectFromOldRoute()
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article("Alter Name", "alter-name"))).Dispose();
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();
        (await _client.PutAsync(key, EditorApi.Article("Neuer Name", "neuer-name"))).Dispose();

        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();

        var factory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var redirect = await db.RedirectUrls.SingleAsync(r => r.NodeKey == key, TestContext.Current.CancellationToken);
        Assert.Equal(("de-CH", "/dossiers/datenschutz/alter-name/"), (redirect.Culture, redirect.Path));
        Assert.Equal(key, Cache.Published.GetRedirectTarget("/dossiers/datenschutz/alter-name/", "de-CH")?.Key);
        Assert.Equal(key, Cache.Published.GetByRoute("/dossiers/datenschutz/neuer-name/", "de-CH")?.Key);
    }

    [Fact]
    public async Task Versions_SaveThenPublish_ListsDraftAndPublishedVersion()
    {
        var key = Guid.NewGuid();
        (await _client.PutAsync(key, EditorApi.Article("Mit Versionen", "mit-versionen"))).Dispose();
        (await _client.PostAsync($"/api/content/{key}/publish")).Dispose();

        using var response = await _client.GetAsync($"/api/content/{key}/versions", withKey: true);

        var versions = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal([(1, false), (2, true)], versions.Select(v => (v.GetProperty("versionNumber").GetInt32(), v.GetProperty("isPublishedVersion").GetBoolean())));
    }

    [Fact]
    public async Task Get_SeededHome_ShowsDraftAndPublishedState()
    {
        using var response = await _client.GetAsync($"/api/content/{EditorApi.Home}", withKey: true);

        var details = await response.JsonAsync();
        Assert.Equal("home", details.GetProperty("contentType").GetString());
        var german = details.GetProperty("cultures").GetProperty("de-CH");
        Assert.Equal(german.GetProperty("draft").GetProperty("name").GetString(), german.GetProperty("published").GetProperty("name").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
