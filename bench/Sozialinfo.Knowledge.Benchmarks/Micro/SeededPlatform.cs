using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Benchmarks.Micro;

/// <summary>
/// The real platform, in process, on a fresh temporary SQLite store seeded from content-seed on first start. Gives
/// benchmarks the published snapshot, the services and an in-memory HTTP client (no sockets).
/// </summary>
internal sealed class SeededPlatform : IDisposable
{
    /// <summary>A seeded article: "Das revidierte Datenschutzgesetz in der Sozialen Arbeit".</summary>
    public const string ArticleKey = "fe1163e1-7a56-43c4-a752-87af22e6fed6";

    public const string ArticleRoute = "/dossiers/datenschutz/revdsg-in-der-sozialen-arbeit/";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _dataFolder;
    private readonly WebApplicationFactory<global::Program> _root;
    private readonly WebApplicationFactory<global::Program> _factory;
    private HttpClient? _client;

    private SeededPlatform(string dataFolder, WebApplicationFactory<global::Program> root)
    {
        _dataFolder = dataFolder;
        _root = root;
        _factory = root.WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Persistence:Provider", "Sqlite")
            .UseSetting("Persistence:DataFolder", dataFolder)
            .UseSetting("Content:SeedFolder", SeedFiles.SeedFolder)
            .UseSetting("Content:SeedOnStart", "true")
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)));
    }

    public HttpClient Client => _client ?? throw new InvalidOperationException("The platform has not started.");

    public IServiceProvider Services => _factory.Services;

    public ContentSnapshot Snapshot => Services.GetRequiredService<PublishedContentCache>().Published;

    public static SeededPlatform Start()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), $"knowledge-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataFolder);
        var platform = new SeededPlatform(dataFolder, new WebApplicationFactory<global::Program>());
        try
        {
            platform._client = platform._factory.CreateClient();
            platform.WaitUntilReady();
            return platform;
        }
        catch
        {
            platform.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _client?.Dispose();
        _factory.Dispose();
        _root.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool: the temp folder is cleaned up by the system.
        }
    }

    private void WaitUntilReady()
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            using var response = Client.GetAsync(new Uri($"/umbraco/delivery/api/v2/content/item/{ArticleKey}", UriKind.Relative))
                .GetAwaiter().GetResult();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            if (stopwatch.Elapsed > ReadyTimeout)
            {
                throw new InvalidOperationException($"The seeded article did not answer 200 within {ReadyTimeout} (last: {(int)response.StatusCode}).");
            }

            Thread.Sleep(100);
        }
    }
}
