using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sozialinfo.Knowledge.Web.Tests;

/// <summary>
/// The real app over HTTP for integration tests: environment "Testing", a SQLite store in a temp folder of its own
/// (deleted on dispose), the repository's umbraco-config/document-types and content-seed (imported on first start),
/// and the API key <see cref="ApiKey"/> for preview and the editor API. Extra settings override the defaults.
/// The per-client search limit stays on but is raised far above what any test sends (every request of the TestServer
/// comes from the same client), unless <see cref="RaiseSearchRateLimit"/> is false.
/// </summary>
public sealed class KnowledgeApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-api-key";

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KnowledgeApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration that overrides the defaults, e.g. "Umbraco:CMS:DeliveryApi:PublicAccess" = "false".</param>
    public KnowledgeApiFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        DataFolder = Path.Combine(Path.GetTempPath(), "sozialinfo-knowledge-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
    }

    /// <summary>False keeps the shipped defaults of "Search:RateLimit" (the tests of the limit itself).</summary>
    public bool RaiseSearchRateLimit { get; init; } = true;

    /// <summary>The temp folder of this factory; the SQLite file lives here.</summary>
    public string DataFolder { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DocumentTypesFolder => Path.Combine(RepositoryRoot, "umbraco-config", "document-types");

    public static string SeedFolder => Path.Combine(RepositoryRoot, "content-seed");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var defaults = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["Persistence:DataFolder"] = DataFolder,
            ["ConnectionStrings:Knowledge"] = string.Empty,
            ["Content:DocumentTypesFolder"] = DocumentTypesFolder,
            ["Content:SeedFolder"] = SeedFolder,
            ["Content:SeedOnStart"] = "true",
            ["Umbraco:CMS:DeliveryApi:ApiKey"] = ApiKey,
        };
        if (RaiseSearchRateLimit)
        {
            defaults["Search:RateLimit:PermitLimit"] = "1000000";
            defaults["Search:RateLimit:TokensPerPeriod"] = "1000000";
            defaults["Search:RateLimit:ConcurrencyLimit"] = "10000";
        }

        foreach (var (key, value) in defaults.Concat(_settings))
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteDataFolder();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteDataFolder();
        GC.SuppressFinalize(this);
    }

    private void DeleteDataFolder()
    {
        // SQLite keeps pooled connections open; clear them so the file can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataFolder))
            {
                Directory.Delete(DataFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still in use is left to the OS temp cleanup rather than failing the test run.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sozialinfo.Knowledge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Sozialinfo.Knowledge.sln not found above {AppContext.BaseDirectory}.");
    }
}
