namespace Sozialinfo.Knowledge.Web.Tests.Delivery;

/// <summary>
/// Spec-as-data: Delivery/Golden/*.json hold expected responses for the seed content, compared after normalising ids
/// and dates (see <see cref="GoldenJson"/>). Set UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then
/// review the diff.
/// </summary>
public sealed class GoldenResponseTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "article-item.json", $"/item/{SeedKeys.RevDsgArticle}" },
        { "event-item-expanded.json", $"/item/{SeedKeys.DatenschutzWorkshop}?expand=properties[service]&fields=properties[startDate,endDate,capacity,price,registrationOpen,service[properties[serviceType,bookable]]]" },
        { "dossier-articles-query.json", "?fetch=children:/dossiers/datenschutz/&sort=sortOrder:asc&take=2&fields=properties[lead,tags,relatedContent]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_MatchesGoldenFile(string file, string pathAndQuery)
    {
        using var response = await fixture.Client.RequestAsync(DeliveryClient.Content + pathAndQuery);
        var actual = GoldenJson.Normalize(await response.TextAsync());
        var path = Path.Combine(GoldenJson.Folder, file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(path, actual + "\n", TestContext.Current.CancellationToken);
        }

        var expected = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.TrimEnd('\n'), actual);
    }
}
