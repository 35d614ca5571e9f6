using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Import;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>First start on an empty store: the real content-seed is imported completely before the first request.</summary>
public sealed class ContentStartupTests
{
    private static readonly Guid Home = Guid.Parse("d748fe6c-cd9e-438b-a356-c192b7e2ee40");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstStart_EmptyStore_SeedsEverySeedFileAndServesHomeAtRoot()
    {
        await using var factory = new KnowledgeApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/content/{Home}", withKey: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cache = factory.Services.GetRequiredService<PublishedContentCache>();
        Assert.True(cache.IsReady);
        Assert.Equal(Home, cache.Published.GetByRoute("/", "de-CH")?.Key);

        // Importing the seed folder again proves every file was accepted on start and is in the store unchanged.
        var report = await factory.Services.GetRequiredService<SeedContentImporter>().ImportAsync(KnowledgeApiFactory.SeedFolder, Token);
        Assert.Empty(report.Rejected.SelectMany(r => r.Lines));
        var seedFiles = Directory.EnumerateFiles(KnowledgeApiFactory.SeedFolder, "*.md", SearchOption.AllDirectories)
            .Count(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase));
        Assert.Equal((seedFiles, 0, 0), (report.Unchanged, report.Imported, report.Updated));
        Assert.All(report.Files, f => Assert.NotNull(cache.Preview.GetByKey(f.Key)));
    }
}
