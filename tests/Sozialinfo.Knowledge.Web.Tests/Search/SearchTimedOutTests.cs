using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Search.Lucene;

namespace Sozialinfo.Knowledge.Web.Tests.Search;

/// <summary>/api/search says whether the index's time bound cut the search short ("timedOut").</summary>
public sealed class SearchTimedOutTests(SearchApiFixture fixture) : IClassFixture<SearchApiFixture>
{
    private const string InnerIndexKey = "timing-out-inner";

    [Fact]
    public async Task Search_FinishedInTime_SaysNotTimedOut()
    {
        var results = await fixture.Client.SearchAsync("q=Datenschutz");

        Assert.True(results.Total() > 0);
        Assert.Equal(JsonValueKind.False, results.GetProperty("timedOut").ValueKind);
    }

    [Fact]
    public async Task Search_CutShortByTheTimeBound_SaysTimedOutAndKeepsWhatItFound()
    {
        await using var factory = new KnowledgeApiFactory();
        using var client = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<ISearchIndex>(InnerIndexKey, (provider, _) => LuceneSearchIndex.OpenFolder(
                SearchIndexNames.ExternalIndex,
                SearchSetup.IndexFolder(provider, SearchIndexNames.ExternalIndex),
                provider.GetRequiredService<TimeProvider>()));
            services.AddKeyedSingleton(SearchIndexNames.ExternalIndex, (provider, _) =>
                TimingOutSearchIndex.Around(provider.GetRequiredKeyedService<ISearchIndex>(InnerIndexKey)));
        })).CreateClient();

        var results = await client.SearchAsync("q=Datenschutz");

        Assert.Equal(JsonValueKind.True, results.GetProperty("timedOut").ValueKind);
        Assert.True(results.Total() > 0);
        Assert.NotEmpty(results.Ids());
    }
}
