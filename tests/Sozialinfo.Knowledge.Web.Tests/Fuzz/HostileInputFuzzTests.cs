namespace Sozialinfo.Knowledge.Web.Tests.Fuzz;

/// <summary>
/// The suite's own fuzz test: every route and parameter of the Delivery API, the search API, the editor API and the
/// reader site with hostile values (<see cref="HostileInput"/>), table-driven plus seeded random combinations, on one
/// real host. Any answer of 500 or more fails the test, which lists every failing request at once. The corpus is
/// bounded (a few thousand requests; the whole class stays well under 30 s on a loaded 2-core machine).
/// </summary>
public sealed class HostileInputFuzzTests(FuzzFixture fixture) : IClassFixture<FuzzFixture>
{
    private const int MaxRequestsPerSurface = 6000;
    private const int RandomCombinations = 600;

    [Fact]
    public Task DeliveryApi_HostileInput_NeverAnswers5xx() => AssertNo5xxAsync(DeliveryApiFuzzCorpus.All());

    [Fact]
    public Task SearchApi_HostileInput_NeverAnswers5xx() => AssertNo5xxAsync(SearchApiFuzzCorpus.All());

    [Fact]
    public Task EditorApi_HostileInput_NeverAnswers5xx() => AssertNo5xxAsync(EditorApiFuzzCorpus.All(fixture.Targets));

    [Fact]
    public Task ReaderSite_HostileInput_NeverAnswers5xx() => AssertNo5xxAsync(ReaderSiteFuzzCorpus.All());

    [Fact]
    public Task RandomCombinations_HostileInput_NeverAnswers5xx() => AssertNo5xxAsync(RandomFuzzCorpus.All(RandomCombinations));

    private async Task AssertNo5xxAsync(IEnumerable<FuzzRequest> requests)
    {
        var corpus = requests.ToList();
        Assert.InRange(corpus.Count, 1, MaxRequestsPerSurface);

        var report = await FuzzRunner.RunAsync(fixture.Server, corpus, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report.ToString());
    }
}
