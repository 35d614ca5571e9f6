using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Tests.Content;

public sealed class ContentSnapshotBuilderTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RebuildAsync_PublishedTree_RoutesFollowSegmentsAndFirstRootIsSlash()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);

        await store.Snapshots.RebuildAsync(Token);

        var published = store.Cache.Published;
        Assert.True(store.Cache.IsReady);
        Assert.Equal(SeedTexts.Home, published.GetByRoute("/", "de-CH")?.Key);
        Assert.Equal(SeedTexts.Dossiers, published.GetByRoute("/dossiers/", "de-CH")?.Key);
        Assert.Equal(SeedTexts.Article, published.GetByRoute("/dossiers/datenschutz/revdsg/", "de-CH")?.Key);
        Assert.Equal([SeedTexts.Dossier, SeedTexts.Dossiers, SeedTexts.Home], published.GetAncestors(SeedTexts.Article).Select(a => a.Key));
        Assert.Equal(4, published.GetByKey(SeedTexts.Article)!.Level);
    }

    [Fact]
    public async Task RebuildAsync_DraftOnlyContent_OnlyInPreviewAndMarkedUnpublished()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(published: "false"));
        await store.ImportAsync(Token);

        await store.Snapshots.RebuildAsync(Token);

        Assert.Null(store.Cache.Published.GetByKey(SeedTexts.Article));
        var preview = store.Cache.Preview.GetByKey(SeedTexts.Article);
        Assert.NotNull(preview);
        Assert.False(preview.IsPublished);
        Assert.True(store.Cache.Preview.GetByKey(SeedTexts.Dossier)!.IsPublished);
    }

    [Fact]
    public async Task RebuildAsync_ParentNotPublished_ChildLeftOutOfPublishedSnapshot()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("b/dossier.md", SeedTexts.DossierFile(published: "false"));
        await store.ImportAsync(Token);

        await store.Snapshots.RebuildAsync(Token);

        Assert.Null(store.Cache.Published.GetByKey(SeedTexts.Dossier));
        Assert.Null(store.Cache.Published.GetByKey(SeedTexts.Article));
        Assert.Null(store.Cache.Published.GetByRoute("/dossiers/datenschutz/revdsg/", "de-CH"));
        Assert.NotNull(store.Cache.Preview.GetByRoute("/dossiers/datenschutz/revdsg/", "de-CH"));
    }

    [Fact]
    public async Task RebuildAsync_DraftSavedOverPublished_PublishedKeepsPublishedValues()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        const string DraftLead = "Ein Entwurf, den Leserinnen und Leser noch nicht sehen dürfen.";
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(lead: DraftLead, published: "false"));
        await store.ImportAsync(Token);

        await store.Snapshots.RebuildAsync(Token);

        Assert.Equal(SeedTexts.ArticleLead, store.Cache.Published.GetByKey(SeedTexts.Article)!.GetCulture("de-CH")!.Text("lead"));
        Assert.Equal(DraftLead, store.Cache.Preview.GetByKey(SeedTexts.Article)!.GetCulture("de-CH")!.Text("lead"));
    }

    [Fact]
    public async Task RebuildAsync_EveryEditor_ConvertsToDocumentedClrTypes()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        store.WriteSeed("home.md", SeedTexts.HomeFile());
        store.WriteSeed("events.md", SeedTexts.EventListFile());
        store.WriteSeed("event.md", SeedTexts.EventFile());
        Assert.Empty((await store.ImportAsync(Token)).Rejected);

        await store.Snapshots.RebuildAsync(Token);

        var culture = store.Cache.Published.GetByRoute("/veranstaltungen/webinar-den-digital-check-kennenlernen/", "de-CH")!.GetCulture("de-CH")!;
        Assert.Equal(new DateTimeOffset(2027, 1, 19, 12, 15, 0, TimeSpan.FromHours(1)), culture.Value<DateTimeOffset>("startDate"));
        Assert.Equal(TimeSpan.FromHours(1), culture.Value<DateTimeOffset>("endDate").Offset);
        Assert.Equal(100L, culture.Value<long>("capacity"));
        Assert.Equal(120.50m, culture.Value<decimal>("price"));
        Assert.True(culture.Value<bool>("registrationOpen"));
        Assert.Equal(SeedTexts.Service, culture.Value<Guid>("service"));
        Assert.Equal(["format:veranstaltung"], culture.Tags());
        Assert.Equal("online", culture.Text("eventFormat"));
        var body = culture.Value<RenderedMarkdown>("body")!;
        Assert.Contains("Begrüssung", body.Html, StringComparison.Ordinal);
        Assert.Equal("Programm", Assert.Single(body.TableOfContents).Text);
        var home = store.Cache.Published.GetByKey(SeedTexts.Home)!.GetCulture("de-CH")!;
        Assert.Equal([SeedTexts.Dossier], home.Value<IReadOnlyList<Guid>>("featuredDossiers"));
        Assert.Null(home.Value<string>("metaTitle"));
    }

    [Fact]
    public async Task RebuildAsync_Twice_VersionIncreases()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        await store.Snapshots.RebuildAsync(Token);
        var first = store.Cache.Published.Version;

        await store.Snapshots.RebuildAsync(Token);

        Assert.True(store.Cache.Published.Version > first);
        Assert.Equal(store.Cache.Published.Version, store.Cache.Preview.Version);
    }
}
