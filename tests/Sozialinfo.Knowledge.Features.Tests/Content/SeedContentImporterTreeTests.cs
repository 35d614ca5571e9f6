using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Features.Tests.Content;

/// <summary>Importer behaviour across the tree: drafts, translations, renames, moves and sibling segments.</summary>
public sealed class SeedContentImporterTreeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportAsync_PublishedFalse_ImportsDraftOnly()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(published: "false"));

        await store.ImportAsync(Token);

        await using var db = await store.OpenAsync(Token);
        var article = await db.ContentVariants.SingleAsync(v => v.NodeKey == SeedTexts.Article, Token);
        Assert.False(article.IsPublished);
        Assert.Null(article.PublishedName);
        Assert.Equal("Das revidierte Datenschutzgesetz", article.Name);
        Assert.False(Assert.Single(await db.ContentVersions.Where(v => v.NodeKey == SeedTexts.Article).ToListAsync(Token)).IsPublishedVersion);
    }

    [Fact]
    public async Task ImportAsync_TranslationWithInvariantProperty_Rejected()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.fr-CH.md", SeedTexts.ArticleTranslation(extraProperty: "  author: Jean Dupont"));

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.Equal("«Autor:in» (author) ist nicht sprachabhängig und gehört in die de-CH-Fassung.", error.Reason);
    }

    [Fact]
    public async Task ImportAsync_Translation_SharesInvariantValuesOfDefaultCulture()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.fr-CH.md", SeedTexts.ArticleTranslation());

        var report = await store.ImportAsync(Token);

        Assert.Empty(report.Rejected);
        await using var db = await store.OpenAsync(Token);
        var french = await db.ContentVariants.SingleAsync(v => v.NodeKey == SeedTexts.Article && v.Culture == "fr-CH", Token);
        Assert.Contains("\"author\":\"Regula Meier\"", french.PublishedPropertiesJson, StringComparison.Ordinal);
        Assert.Contains("Un chapeau", french.PublishedPropertiesJson, StringComparison.Ordinal);
        Assert.Contains("format:artikel", french.PublishedPropertiesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_TranslationWithoutDefaultCulture_Rejected()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        store.WriteSeed("article.fr-CH.md", SeedTexts.ArticleTranslation());

        var report = await store.ImportAsync(Token);

        Assert.Contains("fehlt die de-CH-Fassung", Assert.Single(report.Rejected).Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_UnsupportedCulture_Rejected()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.en.md", SeedTexts.ArticleTranslation().Replace("culture: fr-CH", "culture: en-GB", StringComparison.Ordinal));

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.Equal(7, error.Line);
        Assert.StartsWith("Die Kultur «en-GB» wird nicht unterstützt", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_DuplicateSegmentAmongSiblings_Rejected()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        var sibling = SeedTexts.ArticleFile()
            .Replace(SeedTexts.Article.ToString(), "6a1d5c22-8d0f-4c55-9a61-3d2c0e4b7f10", StringComparison.Ordinal);
        store.WriteSeed("a/sibling.md", sibling);

        var report = await store.ImportAsync(Token);

        var rejection = Assert.Single(report.Rejected);
        Assert.Equal("a/sibling.md", rejection.Path);
        Assert.Equal(6, rejection.Errors.Single().Line);
        Assert.Contains("«revdsg» (de-CH) verwendet auf derselben Ebene schon", rejection.Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_PublishedDossierRenamed_RecordsRedirectsForItAndItsDescendants()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        store.WriteSeed("b/dossier.md", SeedTexts.DossierFile(segment: "datenschutz-revdsg"));

        var report = await store.ImportAsync(Token);

        Assert.Equal(1, report.Updated);
        await using var db = await store.OpenAsync(Token);
        var redirects = await db.RedirectUrls.OrderBy(r => r.Path).ToListAsync(Token);
        Assert.Equal(
            [("/dossiers/datenschutz/", SeedTexts.Dossier), ("/dossiers/datenschutz/revdsg/", SeedTexts.Article)],
            redirects.Select(r => (r.Path, r.NodeKey)));
        Assert.All(redirects, r => Assert.Equal("de-CH", r.Culture));
    }

    [Fact]
    public async Task ImportAsync_RenamedBackToOldSegment_DropsRedirectForLivePath()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        store.WriteSeed("b/dossier.md", SeedTexts.DossierFile(segment: "datenschutz-revdsg"));
        await store.ImportAsync(Token);
        store.WriteSeed("b/dossier.md", SeedTexts.DossierFile());

        await store.ImportAsync(Token);

        await using var db = await store.OpenAsync(Token);
        var paths = await db.RedirectUrls.OrderBy(r => r.Path).Select(r => r.Path).ToListAsync(Token);
        Assert.Equal(["/dossiers/datenschutz-revdsg/", "/dossiers/datenschutz-revdsg/revdsg/"], paths);
    }

    [Fact]
    public async Task ImportAsync_DraftOnlyRename_RecordsNoRedirect()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        store.WriteSeed("b/dossier.md", SeedTexts.DossierFile(segment: "neu", published: "false"));

        await store.ImportAsync(Token);

        await using var db = await store.OpenAsync(Token);
        Assert.Empty(await db.RedirectUrls.ToListAsync(Token));
        var dossier = await db.ContentVariants.SingleAsync(v => v.NodeKey == SeedTexts.Dossier, Token);
        Assert.Equal(("neu", "datenschutz"), (dossier.UrlSegment, dossier.PublishedUrlSegment));
    }

    [Fact]
    public async Task ImportAsync_NodeMoved_UpdatesLevelAndRecordsRedirect()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("e/dossier-2.md", SeedTexts.DossierFile(segment: "zweites")
            .Replace(SeedTexts.Dossier.ToString(), "3bcd253c-30d7-4ea6-9fc3-b6282610ba8c", StringComparison.Ordinal));
        await store.ImportAsync(Token);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(parent: "3bcd253c-30d7-4ea6-9fc3-b6282610ba8c"));

        var report = await store.ImportAsync(Token);

        Assert.Empty(report.Rejected);
        await using var db = await store.OpenAsync(Token);
        ContentNode article = await db.ContentNodes.SingleAsync(n => n.Key == SeedTexts.Article, Token);
        Assert.Equal(4, article.Level);
        var redirect = Assert.Single(await db.RedirectUrls.ToListAsync(Token));
        Assert.Equal(("/dossiers/datenschutz/revdsg/", SeedTexts.Article), (redirect.Path, redirect.NodeKey));
    }
}
