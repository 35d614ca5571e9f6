using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Snapshot;

/// <summary>
/// A stored text the Markdown limits refuse (saved before them) never fails a build, full or incremental: the value
/// is left out and listed on the item, the item and everything else stay.
/// </summary>
public sealed class UnrenderableContentSnapshotTests
{
    private static readonly string TooDeep = string.Concat(Enumerable.Repeat("> ", 128)) + "x";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RebuildAsync_StoredBodyThatCannotBeRendered_LeavesTheBodyOutAndKeepsTheItem()
    {
        await using var store = await SeededStoreAsync();
        await WriteBodyAsync(store, TooDeep);

        await store.Snapshots.RebuildAsync(Token);

        AssertBodyLeftOut(store.Cache.Published);
        AssertBodyLeftOut(store.Cache.Preview);
        Assert.NotNull(store.Cache.Published.GetByKey(SeedTexts.Dossier));
    }

    [Fact]
    public async Task UpdateAsync_StoredBodyThatCannotBeRendered_LeavesTheBodyOutAndKeepsTheItem()
    {
        await using var store = await SeededStoreAsync();
        await store.Snapshots.RebuildAsync(Token);
        await WriteBodyAsync(store, TooDeep);

        await store.Snapshots.UpdateAsync([SeedTexts.Article], Token);

        AssertBodyLeftOut(store.Cache.Published);
        AssertBodyLeftOut(store.Cache.Preview);
    }

    [Fact]
    public async Task UpdateAsync_TextRememberedFromValidation_IsNotRenderedAgain()
    {
        await using var store = await SeededStoreAsync();
        await store.Snapshots.RebuildAsync(Token);
        const string text = "## Neu\n\nEin neuer Absatz.";
        var validated = new RenderedMarkdown("<p>aus der Validierung</p>", [], 1, 3);
        await WriteBodyAsync(store, text);

        await store.Snapshots.RememberRenderedAsync([new(text, validated)], Token);
        await store.Snapshots.UpdateAsync([SeedTexts.Article], Token);

        Assert.Same(validated, store.Cache.Preview.GetByKey(SeedTexts.Article)!.GetCulture("de-CH")!.Value<RenderedMarkdown>("body"));
    }

    private static async Task<ContentTestStore> SeededStoreAsync()
    {
        var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        await store.ImportAsync(Token);
        return store;
    }

    private static async Task WriteBodyAsync(ContentTestStore store, string body)
    {
        await using var db = await store.OpenAsync(Token);
        var variant = await db.ContentVariants.SingleAsync(v => v.NodeKey == SeedTexts.Article, Token);
        variant.PropertiesJson = WithBody(variant.PropertiesJson, body);
        variant.PublishedPropertiesJson = WithBody(variant.PublishedPropertiesJson!, body);
        await db.SaveChangesAsync(Token);
    }

    private static string WithBody(string json, string body)
    {
        var properties = JsonNode.Parse(json)!.AsObject();
        properties["body"] = body;
        return properties.ToJsonString();
    }

    private static void AssertBodyLeftOut(ContentSnapshot snapshot)
    {
        var culture = snapshot.GetByKey(SeedTexts.Article)?.GetCulture("de-CH");
        Assert.NotNull(culture);
        Assert.Null(culture.Value<RenderedMarkdown>("body"));
        Assert.NotNull(culture.Text("lead"));
        var unrendered = Assert.Single(culture.Unrendered);
        Assert.Equal("body", unrendered.Alias);
        Assert.StartsWith("Der Text ist zu tief verschachtelt", unrendered.Message, StringComparison.Ordinal);
    }
}
