using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content;
using Sozialinfo.Knowledge.Features.Content.Snapshot;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Snapshot;

/// <summary>
/// Edits through the real editor handlers (which update the snapshots incrementally); after every step both
/// snapshots must equal a full rebuild from the same store.
/// </summary>
public sealed class IncrementalSnapshotTests
{
    private static readonly Guid NewArticle = Guid.Parse("0b7f2f43-54c1-4a83-9a57-2d0b1d5c6e01");
    private static readonly Guid SecondDossier = Guid.Parse("0b7f2f43-54c1-4a83-9a57-2d0b1d5c6e02");
    private static readonly Guid SecondRoot = Guid.Parse("0b7f2f43-54c1-4a83-9a57-2d0b1d5c6e03");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateAsync_SequenceOfEdits_EqualsFullRebuildAfterEveryStep()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        using var editor = new EditorCalls(store);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        await store.Snapshots.RebuildAsync(Token);

        await editor.SaveAsync(NewArticle, Article("Neuer Artikel", "neu", SeedTexts.Dossier, sortOrder: 5), Token);
        await AssertSameAsFullRebuildAsync(store, editor, "new draft");
        Assert.Null(store.Cache.Published.GetByKey(NewArticle));
        Assert.NotNull(store.Cache.Preview.GetByRoute("/dossiers/datenschutz/neu/", "de-CH"));

        await editor.PublishAsync(NewArticle, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "new item published");
        Assert.Equal(NewArticle, store.Cache.Published.GetByRoute("/dossiers/datenschutz/neu/", "de-CH")?.Key);

        // Rename of a parent: the routes below change; readers of the old snapshot see no change.
        var before = store.Cache.Published;
        var beforeState = SnapshotAssert.Describe(before);
        await editor.SaveAsync(SeedTexts.Dossier, Dossier("Datenschutz neu", "datenschutz-neu"), Token);
        await editor.PublishAsync(SeedTexts.Dossier, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "parent renamed");
        Assert.Equal(SeedTexts.Article, store.Cache.Published.GetByRoute("/dossiers/datenschutz-neu/revdsg/", "de-CH")?.Key);
        Assert.Equal(SeedTexts.Article, store.Cache.Published.GetRedirectTarget("/dossiers/datenschutz/revdsg/", "de-CH")?.Key);
        Assert.Equal(beforeState, SnapshotAssert.Describe(before));
        Assert.Same(before.GetByKey(SeedTexts.Home), store.Cache.Published.GetByKey(SeedTexts.Home));

        // Sort order, then a move to another parent.
        await editor.SaveAsync(NewArticle, Article("Neuer Artikel", "neu", SeedTexts.Dossier, sortOrder: -1), Token);
        await AssertSameAsFullRebuildAsync(store, editor, "sort order draft");
        await editor.PublishAsync(NewArticle, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "sort order published");
        Assert.Equal([NewArticle, SeedTexts.Article], store.Cache.Published.GetChildren(SeedTexts.Dossier).Select(c => c.Key));

        await editor.SaveAsync(SecondDossier, Dossier("Zweites Dossier", "zweites", sortOrder: 2, key: SecondDossier), Token);
        await editor.PublishAsync(SecondDossier, Token);
        await editor.SaveAsync(NewArticle, Article("Neuer Artikel", "neu", SecondDossier, sortOrder: 0), Token);
        await editor.PublishAsync(NewArticle, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "moved");
        Assert.Equal(NewArticle, store.Cache.Published.GetByRoute("/dossiers/zweites/neu/", "de-CH")?.Key);
        Assert.Equal(4, store.Cache.Published.GetByKey(NewArticle)!.Level);

        // Unpublish a parent: its subtree disappears; publish it again: the subtree is back.
        await editor.UnpublishAsync(SeedTexts.Dossier, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "parent unpublished");
        Assert.Null(store.Cache.Published.GetByKey(SeedTexts.Article));
        Assert.NotNull(store.Cache.Preview.GetByKey(SeedTexts.Article));

        await editor.PublishAsync(SeedTexts.Dossier, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "parent published again");
        Assert.Equal(SeedTexts.Article, store.Cache.Published.GetByRoute("/dossiers/datenschutz-neu/revdsg/", "de-CH")?.Key);

        // A draft changes preview only.
        var publishedBefore = SnapshotAssert.Describe(store.Cache.Published);
        await editor.SaveAsync(SeedTexts.Article, Article("Entwurf", "revdsg", SeedTexts.Dossier, sortOrder: 0, lead: "Ein neuer Lead, noch nicht veröffentlicht."), Token);
        await AssertSameAsFullRebuildAsync(store, editor, "draft only");
        Assert.Equal(publishedBefore, SnapshotAssert.Describe(store.Cache.Published));
        Assert.Equal("Entwurf", store.Cache.Preview.GetByKey(SeedTexts.Article)!.GetCulture("de-CH")!.Name);

        // A culture added to the parent and the child: French routes follow the French parent.
        await editor.SaveAsync(SeedTexts.Dossier, Dossier("Protection des données", "protection", culture: "fr-CH"), Token);
        await editor.PublishAsync(SeedTexts.Dossier, Token, "fr-CH");
        await editor.SaveAsync(SeedTexts.Article, Article("La nLPD", "nlpd", SeedTexts.Dossier, sortOrder: 0, culture: "fr-CH"), Token);
        await AssertSameAsFullRebuildAsync(store, editor, "culture draft");
        await editor.PublishAsync(SeedTexts.Article, Token, "fr-CH");
        await AssertSameAsFullRebuildAsync(store, editor, "culture added");
        Assert.Equal(SeedTexts.Article, store.Cache.Published.GetByRoute("/dossiers/protection/nlpd/", "fr-CH")?.Key);

        // A root decides which routes start at "/": its change takes the full rebuild.
        await editor.SaveAsync(SeedTexts.Home, Home("Neue Startseite"), Token);
        await editor.PublishAsync(SeedTexts.Home, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "root changed");
        Assert.Equal("Neue Startseite", store.Cache.Published.GetByRoute("/", "de-CH")?.GetCulture("de-CH")?.Name);

        // A new first root takes "/": every route below the old one changes, old snapshot untouched.
        before = store.Cache.Published;
        beforeState = SnapshotAssert.Describe(before);
        await editor.SaveAsync(SecondRoot, Home("Zweite Startseite", segment: "zweite", sortOrder: -1), Token);
        await editor.PublishAsync(SecondRoot, Token);
        await AssertSameAsFullRebuildAsync(store, editor, "new first root");
        Assert.Equal(SecondRoot, store.Cache.Published.GetByRoute("/", "de-CH")?.Key);
        Assert.Equal(SeedTexts.Article, store.Cache.Published.GetByRoute("/home/dossiers/datenschutz-neu/revdsg/", "de-CH")?.Key);
        Assert.Equal(beforeState, SnapshotAssert.Describe(before));
    }

    [Fact]
    public async Task UpdateAsync_BeforeFirstBuild_BuildsEverything()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);

        await store.Snapshots.UpdateAsync([SeedTexts.Article], Token);

        Assert.Equal(4, store.Cache.Published.All.Count);
        Assert.Equal(SeedTexts.Article, store.Cache.Published.GetByRoute("/dossiers/datenschutz/revdsg/", "de-CH")?.Key);
    }

    private static async Task AssertSameAsFullRebuildAsync(ContentTestStore store, EditorCalls editor, string step)
    {
        var cache = new PublishedContentCache();
        using var fresh = new ContentSnapshotBuilder(editor, store.Catalog, cache, store.Time, NullLogger<ContentSnapshotBuilder>.Instance, [], Options.Create(new ContentOptions()));
        await fresh.RebuildAsync(Token);
        SnapshotAssert.Equivalent(cache.Published, store.Cache.Published, $"{step} (published)");
        SnapshotAssert.Equivalent(cache.Preview, store.Cache.Preview, $"{step} (preview)");
        store.Time.Advance(TimeSpan.FromMinutes(1));
    }

    private static Dictionary<string, object?> Article(
        string name, string segment, Guid parent, int sortOrder, string lead = "Ein Lead, der die zwanzig Zeichen sicher überschreitet.", string culture = "de-CH") => new()
    {
        ["culture"] = culture,
        ["contentType"] = "article",
        ["parentKey"] = parent.ToString(),
        ["name"] = name,
        ["segment"] = segment,
        ["sortOrder"] = sortOrder,
        ["properties"] = culture == "de-CH"
            ? new Dictionary<string, object?>
            {
                ["lead"] = lead,
                ["body"] = $"## {name}\n\nEin Absatz.",
                ["author"] = "Test Redaktion",
                ["tags"] = new[] { "dc-dimension:datenschutz" },
            }

            // Author and tags are invariant: only the default culture carries them.
            : new Dictionary<string, object?> { ["lead"] = lead, ["body"] = $"## {name}\n\nUn paragraphe." },
    };

    private static Dictionary<string, object?> Home(string name, string segment = "home", int sortOrder = 0) => new()
    {
        ["culture"] = "de-CH",
        ["contentType"] = "home",
        ["name"] = name,
        ["segment"] = segment,
        ["sortOrder"] = sortOrder,
        ["properties"] = new Dictionary<string, object?> { ["lead"] = "Willkommen auf der neuen Wissensplattform." },
    };

    private static Dictionary<string, object?> Dossier(string name, string segment, int sortOrder = 0, Guid? key = null, string culture = "de-CH") => new()
    {
        ["culture"] = culture,
        ["contentType"] = "dossier",
        ["parentKey"] = SeedTexts.Dossiers.ToString(),
        ["name"] = name,
        ["segment"] = segment,
        ["sortOrder"] = sortOrder,
        ["properties"] = new Dictionary<string, object?>
        {
            ["lead"] = $"{name}: ein Lead, der lang genug ist.",
            ["body"] = $"Einführung ins Dossier {key ?? SeedTexts.Dossier}.",
        },
    };
}
