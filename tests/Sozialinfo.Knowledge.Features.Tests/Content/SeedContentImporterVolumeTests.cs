using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Sozialinfo.Knowledge.Features.Tests.Content;

/// <summary>Imports that change more nodes than one store query may name (keys are looked up in chunks of 500).</summary>
public sealed class SeedContentImporterVolumeTests
{
    private const int Articles = 1_100;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportAsync_OverAThousandChangedArticles_NumbersEveryVersionOnFromItsLast()
    {
        await using var store = await ContentTestStore.CreateAsync(Token);
        SeedTexts.WriteTree(store);
        WriteArticles(store, "Ein erster Lead, lang genug für die Validierung der Artikel.");
        var first = await store.ImportAsync(Token);
        WriteArticles(store, "Ein zweiter Lead, ebenfalls lang genug für die Validierung.");

        var second = await store.ImportAsync(Token);

        Assert.Empty(first.Rejected);
        Assert.Equal(Articles + 4, first.Imported);
        Assert.Equal(Articles, second.Updated);
        await using var db = await store.OpenAsync(Token);
        var latest = await db.ContentVersions
            .GroupBy(v => v.NodeKey)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(v => v.VersionNumber) })
            .ToListAsync(Token);
        Assert.Equal(Articles, latest.Count(v => v.Count == 2 && v.Last == 2));
    }

    private static void WriteArticles(ContentTestStore store, string lead)
    {
        for (var number = 0; number < Articles; number++)
        {
            var key = new Guid(number + 1, 7, 7, [1, 2, 3, 4, 5, 6, 7, 8]);
            var file = SeedTexts.ArticleFile(lead: lead)
                .Replace($"key: {SeedTexts.Article}", $"key: {key}", StringComparison.Ordinal)
                .Replace("segment: revdsg", $"segment: artikel-{number.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal);
            store.WriteSeed($"e/artikel-{number:D4}.md", file);
        }
    }
}
