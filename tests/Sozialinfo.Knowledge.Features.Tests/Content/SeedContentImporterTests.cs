using Microsoft.EntityFrameworkCore;

namespace Sozialinfo.Knowledge.Features.Tests.Content;

public sealed class SeedContentImporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportAsync_ValidTree_ImportsParentsBeforeChildrenWithLevels()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);

        var report = await store.ImportAsync(Token);

        Assert.Empty(report.Rejected);
        Assert.Equal(4, report.Imported);
        await using var db = await store.OpenAsync(Token);
        var levels = await db.ContentNodes.ToDictionaryAsync(n => n.Key, n => n.Level, Token);
        Assert.Equal(1, levels[SeedTexts.Home]);
        Assert.Equal(2, levels[SeedTexts.Dossiers]);
        Assert.Equal(3, levels[SeedTexts.Dossier]);
        Assert.Equal(4, levels[SeedTexts.Article]);
        var article = await db.ContentVariants.SingleAsync(v => v.NodeKey == SeedTexts.Article, Token);
        Assert.True(article.IsPublished);
        Assert.Equal("revdsg", article.PublishedUrlSegment);
        Assert.Contains("\"author\":\"Regula Meier\"", article.PublishedPropertiesJson, StringComparison.Ordinal);
        Assert.Contains("## Gilt das revDSG für uns?", article.PropertiesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SameFolderTwice_SecondRunChangesNothing()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        store.Time.Advance(TimeSpan.FromHours(1));

        var second = await store.ImportAsync(Token);

        Assert.Equal((0, 0, 4), (second.Imported, second.Updated, second.Unchanged));
        await using var db = await store.OpenAsync(Token);
        Assert.Equal(4, await db.ContentNodes.CountAsync(Token));
        Assert.Equal(4, await db.ContentVariants.CountAsync(Token));
        Assert.Equal(4, await db.ContentVersions.CountAsync(Token));
    }

    [Fact]
    public async Task ImportAsync_ChangedFile_UpdatesDraftAndPublishedCopyWithNewVersion()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        const string NewLead = "Ein neuer Lead, ebenfalls lang genug für die Validierung.";
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(lead: NewLead));

        var report = await store.ImportAsync(Token);

        Assert.Equal((0, 1, 3), (report.Imported, report.Updated, report.Unchanged));
        await using var db = await store.OpenAsync(Token);
        var article = await db.ContentVariants.SingleAsync(v => v.NodeKey == SeedTexts.Article, Token);
        Assert.Contains(NewLead, article.PropertiesJson, StringComparison.Ordinal);
        Assert.Equal(article.PropertiesJson, article.PublishedPropertiesJson);
        var versions = await db.ContentVersions.Where(v => v.NodeKey == SeedTexts.Article).OrderBy(v => v.VersionNumber).ToListAsync(Token);
        Assert.Equal([1, 2], versions.Select(v => v.VersionNumber));
        Assert.All(versions, v => Assert.True(v.IsPublishedVersion));
    }

    [Fact]
    public async Task ImportAsync_InvalidYaml_RejectsWithPathAndLine()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        store.WriteSeed("sub/broken.md", $"---\ntype: home\nkey: {SeedTexts.Home}\nname: Start: seite\n---\nText\n");

        var report = await store.ImportAsync(Token);

        var rejection = Assert.Single(report.Rejected);
        Assert.Equal("sub/broken.md", rejection.Path);
        var error = Assert.Single(rejection.Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("sub/broken.md:4: Ungültiges YAML", rejection.Lines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_UnknownProperty_RejectsNamingPropertyAndLine()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(extraProperty: "  subtitle: Untertitel"));

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.Equal(14, error.Line);
        Assert.Contains("«subtitle»", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_MandatoryPropertyMissing_Rejects()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(author: string.Empty));

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.Equal("«Autor:in» (author) ist ein Pflichtfeld.", error.Reason);
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public async Task ImportAsync_BodyThatCannotBeRendered_RejectsNamingPropertyCultureAndReason()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile() + "\n\n" + string.Concat(Enumerable.Repeat("> ", 128)) + "x");

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.StartsWith("«Text» (body, de-CH): Der Text ist zu tief verschachtelt (höchstens 16 Ebenen", error.Reason, StringComparison.Ordinal);
        Assert.Null(store.Cache.Preview.GetByKey(SeedTexts.Article));
    }

    [Fact]
    public async Task ImportAsync_PatternViolation_RejectsWithPropertysGermanMessage()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(lead: "Zu kurz."));

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.Equal((12, "Der Lead braucht 20 bis 600 Zeichen."), (error.Line, error.Reason));
    }

    [Fact]
    public async Task ImportAsync_ChildTypeNotAllowedUnderParent_Rejects()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(parent: SeedTexts.Home.ToString()));

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("ist unter «Startseite» (home) nicht erlaubt", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_ParentNeitherStoredNorImported_Rejects()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        var missing = Guid.Parse("0a0b0c0d-0000-4000-8000-000000000001");
        store.WriteSeed("article.md", SeedTexts.ArticleFile(parent: missing.ToString()));

        var report = await store.ImportAsync(Token);

        var error = Assert.Single(Assert.Single(report.Rejected).Errors);
        Assert.Equal($"Der Elternknoten {missing} existiert nicht.", error.Reason);
    }

    [Fact]
    public async Task ImportAsync_OneBadPropertyInFile_NothingOfThatFileWhileOthersGoIn()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("a/article.md", SeedTexts.ArticleFile(tags: "[dc-dimension:datenschutz, kein-taxonomie-tag]"));

        var report = await store.ImportAsync(Token);

        var rejection = Assert.Single(report.Rejected);
        Assert.Equal("a/article.md", rejection.Path);
        Assert.Contains("«kein-taxonomie-tag»", rejection.Errors.Single().Reason, StringComparison.Ordinal);
        Assert.Equal(3, report.Imported);
        await using var db = await store.OpenAsync(Token);
        Assert.False(await db.ContentNodes.AnyAsync(n => n.Key == SeedTexts.Article, Token));
        Assert.False(await db.ContentVersions.AnyAsync(v => v.NodeKey == SeedTexts.Article, Token));
        Assert.Equal(3, await db.ContentNodes.CountAsync(Token));
    }

    [Fact]
    public async Task ImportAsync_ParentRejected_ChildRejectedToo()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        store.WriteSeed("b/dossier.md", SeedTexts.DossierFile(segment: "Nicht Gültig"));

        var report = await store.ImportAsync(Token);

        Assert.Equal(["a/article.md", "b/dossier.md"], report.Rejected.Select(r => r.Path));
        Assert.Equal($"Der Elternknoten {SeedTexts.Dossier} existiert nicht.", report.Rejected[0].Errors.Single().Reason);
    }
}
