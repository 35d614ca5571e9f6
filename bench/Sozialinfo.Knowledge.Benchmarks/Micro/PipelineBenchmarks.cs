using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;

namespace Sozialinfo.Knowledge.Benchmarks.Micro;

/// <summary>
/// The three load-test requests through the whole ASP.NET Core pipeline in process (TestServer, no sockets): what the
/// platform spends per request on top of Kestrel. Compare with the load test to see how much is network and server.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes the platform.")]
public class PipelineBenchmarks
{
    private static readonly Uri ItemById = new($"/umbraco/delivery/api/v2/content/item/{SeededPlatform.ArticleKey}", UriKind.Relative);
    private static readonly Uri QueryByTag = new(
        "/umbraco/delivery/api/v2/content?filter=contentType:article&filter=tag:dc-dimension:datenschutz&sort=updateDate:desc&take=10",
        UriKind.Relative);

    private static readonly Uri ArticlePage = new(SeededPlatform.ArticleRoute, UriKind.Relative);

    private SeededPlatform? _platform;

    [GlobalSetup]
    public void Setup() => _platform = SeededPlatform.Start();

    [GlobalCleanup]
    public void Cleanup() => _platform?.Dispose();

    [Benchmark(Baseline = true)]
    public Task<int> GetItemById() => GetAsync(ItemById);

    [Benchmark]
    public Task<int> QueryArticlesByTag() => GetAsync(QueryByTag);

    [Benchmark]
    public Task<int> GetArticlePage() => GetAsync(ArticlePage);

    private async Task<int> GetAsync(Uri uri)
    {
        using var response = await _platform!.Client.GetAsync(uri);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        return body.Length;
    }
}
