using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Core.Search;
using Sozialinfo.Knowledge.Features.Delivery;
using Sozialinfo.Knowledge.Features.Search.Indexing;
using Sozialinfo.Knowledge.Search.Lucene;

namespace Sozialinfo.Knowledge.Features.Tests.Delivery;

/// <summary>
/// A real Kestrel host on a loopback port with only the Delivery feature, over <see cref="SampleContent"/> and real
/// Lucene indexes of it in a temp folder (the query path asks them), so the slices are tested through real HTTP with a
/// tree whose every value is known. The status-code-pages middleware is on,
/// as in the Web host, to prove that 401/404 bodies stay empty.
/// </summary>
public sealed class DeliveryTestHost : IAsyncDisposable
{
    public const string ApiKey = "sample-api-key";

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly LuceneSearchIndex _published;
    private readonly LuceneSearchIndex _preview;

    private DeliveryTestHost(WebApplication app, HttpClient client, PublishedContentCache cache, string folder, LuceneSearchIndex published, LuceneSearchIndex preview)
    {
        _app = app;
        Client = client;
        Cache = cache;
        _folder = folder;
        _published = published;
        _preview = preview;
    }

    public HttpClient Client { get; }

    public PublishedContentCache Cache { get; }

    /// <summary>The first half of a publish: the published index already holds <paramref name="published"/>, the cache not yet.</summary>
    public Task IndexOnlyAsync(ContentSnapshot published, CancellationToken cancellationToken) =>
        _published.RebuildAsync(SearchIndexItems.All(published), cancellationToken);

    /// <summary>Publishes as the platform does: the indexes catch up first, then the snapshots are swapped in.</summary>
    public async Task ReplaceAsync(ContentSnapshot published, ContentSnapshot preview, CancellationToken cancellationToken)
    {
        await _published.RebuildAsync(SearchIndexItems.All(published), cancellationToken);
        await _preview.RebuildAsync(SearchIndexItems.All(preview), cancellationToken);
        Cache.Replace(published, preview);
    }

    public static async Task<DeliveryTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var configuration = new Dictionary<string, string?> { [$"{DeliveryApiOptions.SectionName}:ApiKey"] = ApiKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var cache = SampleContent.Cache();
        var folder = Path.Combine(Path.GetTempPath(), "sozialinfo-delivery-tests", Guid.NewGuid().ToString("N"));
        var published = LuceneSearchIndex.OpenFolder(SearchIndexNames.DeliveryApiContentIndex, Path.Combine(folder, "published"), TimeProvider.System);
        var preview = LuceneSearchIndex.OpenFolder(SearchIndexNames.InternalIndex, Path.Combine(folder, "preview"), TimeProvider.System);
        await published.RebuildAsync(SearchIndexItems.All(cache.Published), cancellationToken);
        await preview.RebuildAsync(SearchIndexItems.All(cache.Preview), cancellationToken);
        builder.Services.AddKeyedSingleton<ISearchIndex>(SearchIndexNames.DeliveryApiContentIndex, published);
        builder.Services.AddKeyedSingleton<ISearchIndex>(SearchIndexNames.InternalIndex, preview);
        builder.Services.AddSingleton(cache);
        builder.Services.AddSingleton(SampleContent.DocumentTypes);
        builder.Services.AddProblemDetails();
        builder.Services.AddDeliveryFeature();

        var app = builder.Build();
        app.UseStatusCodePages();
        app.MapDeliveryEndpoints();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        return new DeliveryTestHost(app, client, cache, folder, published, preview);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _published.Dispose();
        _preview.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
