using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Persistence;
using Sozialinfo.Knowledge.Web.Commands;
using Sozialinfo.Knowledge.Web.Tests.Editor;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>
/// A store or seed folder that already holds the Markdown of issue 8 (written before the limits, or imported past the
/// API): the host starts, serves the rest, shows the broken items to editors, publishes another item and restarts.
/// </summary>
public sealed class UnrenderableMarkdownStoreTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("knowledge-unrenderable-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_StoreHoldingUnrenderableBodies_StartsServesTheRestPublishesAnotherAndRestarts()
    {
        List<Guid> broken;
        await using (var first = Factory())
        {
            using var client = first.CreateClient();
            broken = await WriteIntoStoreAsync(first);
        }

        var another = Guid.NewGuid();
        await using (var second = Factory())
        {
            using var client = second.CreateClient();
            var cache = second.Services.GetRequiredService<PublishedContentCache>();
            Assert.True(cache.IsReady);
            foreach (var key in broken)
            {
                var culture = cache.Published.GetByKey(key)?.GetCulture("de-CH");
                Assert.NotNull(culture);
                Assert.Null(culture.Value<RenderedMarkdown>("body"));
                Assert.Equal("body", Assert.Single(culture.Unrendered).Alias);

                using var item = await client.GetAsync($"/umbraco/delivery/api/v2/content/item/{key}", Token);
                Assert.Equal(HttpStatusCode.OK, item.StatusCode);
                using var page = await client.GetAsync(culture.Path, Token);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);

                var details = await (await client.GetAsync($"/api/content/{key}", withKey: true)).JsonAsync();
                var state = details.GetProperty("cultures").GetProperty("de-CH");
                Assert.Equal("properties.body", Assert.Single(state.GetProperty("draft").GetProperty("problems").EnumerateArray()).GetProperty("field").GetString());
                Assert.Equal("properties.body", Assert.Single(state.GetProperty("published").GetProperty("problems").EnumerateArray()).GetProperty("field").GetString());

                using var republish = await client.PostAsync($"/api/content/{key}/publish");
                Assert.Equal(HttpStatusCode.BadRequest, republish.StatusCode);
                Assert.StartsWith("«Text» (body, de-CH): ", Assert.Single(await republish.ErrorsAsync("properties.body")), StringComparison.Ordinal);
            }

            Assert.All(cache.Published.All.Where(i => !broken.Contains(i.Key)), i => Assert.All(i.Cultures.Values, c => Assert.Empty(c.Unrendered)));
            await AssertStatusPageListsAsync(second, broken);
            await PublishAsync(client, another);
            Assert.NotNull(cache.Published.GetByKey(another));
        }

        await using var third = Factory();
        using var restarted = third.CreateClient();
        var restartedCache = third.Services.GetRequiredService<PublishedContentCache>();
        Assert.NotNull(restartedCache.Published.GetByKey(another));
        Assert.All(broken, key => Assert.NotNull(restartedCache.Published.GetByKey(key)));
    }

    [Fact]
    public async Task Import_SeedFolderHoldingUnrenderableBodies_RejectsThemAndTheHostPublishesAnotherAndRestarts()
    {
        var seed = Directory.CreateDirectory(Path.Combine(_dataFolder, "seed")).FullName;
        var keys = WriteSeedFiles(seed);
        var another = Guid.NewGuid();
        await using (var first = Factory())
        {
            using var client = first.CreateClient();
            using var output = new StringWriter();

            var exitCode = await ImportCommand.RunAsync(first.Services, [seed], output, Token);

            Assert.Equal(1, exitCode);
            Assert.Contains($"abgewiesen / rejected:     {UnrenderableMarkdown.All.Count}", output.ToString(), StringComparison.Ordinal);
            var lines = output.ToString().Split('\n');
            foreach (var (name, _, reason) in UnrenderableMarkdown.All)
            {
                Assert.Contains(lines, line => line.Contains($"{name}.md:", StringComparison.Ordinal) && line.Contains(reason, StringComparison.Ordinal));
            }

            var cache = first.Services.GetRequiredService<PublishedContentCache>();
            Assert.All(keys, key => Assert.Null(cache.Preview.GetByKey(key)));
            await PublishAsync(client, another);
        }

        await using var second = Factory();
        using var restarted = second.CreateClient();
        Assert.NotNull(second.Services.GetRequiredService<PublishedContentCache>().Published.GetByKey(another));
    }

    [Fact]
    public async Task FirstStart_SeedFolderHoldingUnrenderableBodies_StartsWithTheRest()
    {
        var seed = Directory.CreateDirectory(Path.Combine(_dataFolder, "seed")).FullName;
        CopyFolder(KnowledgeApiFactory.SeedFolder, seed);
        var keys = WriteSeedFiles(seed);

        await using var factory = Factory(seedFolder: seed);
        using var client = factory.CreateClient();

        var cache = factory.Services.GetRequiredService<PublishedContentCache>();
        Assert.True(cache.IsReady);
        Assert.NotNull(cache.Published.GetByRoute("/", "de-CH"));
        Assert.NotNull(cache.Published.GetByKey(EditorApi.Datenschutz));
        Assert.All(keys, key => Assert.Null(cache.Preview.GetByKey(key)));
        await PublishAsync(client, Guid.NewGuid());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private KnowledgeApiFactory Factory(string? seedFolder = null)
    {
        var settings = new Dictionary<string, string?> { ["Persistence:DataFolder"] = _dataFolder };
        if (seedFolder is not null)
        {
            settings["Content:SeedFolder"] = seedFolder;
        }

        return new KnowledgeApiFactory(settings);
    }

    /// <summary>Writes each body into the draft and the published copy of a seed article, past every validation.</summary>
    private static async Task<List<Guid>> WriteIntoStoreAsync(KnowledgeApiFactory factory)
    {
        var articles = factory.Services.GetRequiredService<PublishedContentCache>().Published.All
            .Where(i => i.ContentType == "article")
            .Take(UnrenderableMarkdown.All.Count)
            .Select(i => i.Key)
            .ToList();
        var dbFactory = factory.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(Token);
        foreach (var (key, (_, text, _)) in articles.Zip(UnrenderableMarkdown.All))
        {
            var variant = await db.ContentVariants.SingleAsync(v => v.NodeKey == key && v.Culture == "de-CH", Token);
            variant.PropertiesJson = WithBody(variant.PropertiesJson, text);
            variant.PublishedPropertiesJson = WithBody(variant.PublishedPropertiesJson!, text);
        }

        await db.SaveChangesAsync(Token);
        return articles;
    }

    private static string WithBody(string json, string body)
    {
        var properties = JsonNode.Parse(json)!.AsObject();
        properties["body"] = body;
        return properties.ToJsonString();
    }

    private static List<Guid> WriteSeedFiles(string folder)
    {
        var keys = new List<Guid>();
        foreach (var (name, text, _) in UnrenderableMarkdown.All)
        {
            var key = Guid.NewGuid();
            keys.Add(key);
            File.WriteAllText(Path.Combine(folder, $"{name}.md"), $"""
                ---
                type: article
                key: {key}
                parent: {EditorApi.Datenschutz}
                name: "Kaputt {name}"
                segment: kaputt-{name.ToLowerInvariant()}
                culture: de-CH
                published: true
                properties:
                  lead: "Ein Lead, der die zwanzig Zeichen sicher überschreitet."
                  author: "Test Redaktion"
                ---

                """ + text);
        }

        return keys;
    }

    private static async Task PublishAsync(HttpClient client, Guid key)
    {
        (await client.PutAsync(key, EditorApi.Article($"Neu {key:N}", $"neu-{key:N}"))).EnsureSuccessStatusCode();
        using var published = await client.PostAsync($"/api/content/{key}/publish");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    private static async Task AssertStatusPageListsAsync(KnowledgeApiFactory factory, List<Guid> broken)
    {
        using var editor = new EditorClient(factory);
        using var signIn = await editor.SignInAsync(KnowledgeApiFactory.ApiKey);
        var (response, page) = await editor.GetAsync("/redaktion/suchindex");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Inhalte mit Darstellungsfehlern", page.Html, StringComparison.Ordinal);
        Assert.All(broken, key => Assert.Contains($"data-key=\"{key}\"", page.Html, StringComparison.Ordinal));
    }
}
