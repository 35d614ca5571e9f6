using System.Net;
using Microsoft.AspNetCore.TestHost;
using Sozialinfo.Knowledge.Web.Tests.Content;

namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// One host for the whole fuzz test (seeded SQLite in a temp folder), started once, with the content the editor API
/// fuzz works on (<see cref="EditorFuzzTargets"/>) created and the article published.
/// </summary>
public sealed class FuzzFixture : IAsyncLifetime
{
    private readonly KnowledgeApiFactory _factory = new();

    internal TestServer Server => _factory.Server;

    internal EditorFuzzTargets Targets { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var client = _factory.CreateClient();
        var targets = new EditorFuzzTargets(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await SaveAsync(client, targets.Article, EditorApiFuzzCorpus.Draft(ArticleTemplate(EditorApi.Datenschutz), keepSegmentOf: targets.Article));
        await SaveAsync(client, targets.Dossier, EditorApiFuzzCorpus.DossierDraft(EditorApiFuzzCorpus.Quote(Guid.Parse("5fd8f908-3a29-4e75-8331-db42de504e46"))));
        await SaveAsync(client, targets.DossierChild, EditorApiFuzzCorpus.Draft(ArticleTemplate(targets.Dossier), keepSegmentOf: targets.DossierChild));
        using var published = await client.PostAsync($"/api/content/{targets.Article}/publish");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Targets = targets;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static EditorApiFuzzCorpus.Template ArticleTemplate(Guid parent) =>
        new("article", parent, [new("lead", "\"Ein Lead, der die zwanzig Zeichen sicher überschreitet.\""), new("body", "\"Text.\""), new("author", "\"Fuzz\"")]);

    private static async Task SaveAsync(HttpClient client, Guid key, string json)
    {
        using var response = await client.PutRawAsync(key.ToString(), json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
