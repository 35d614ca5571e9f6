using System.Net;
using Sozialinfo.Knowledge.Web.Security;

namespace Sozialinfo.Knowledge.Web.Tests.Security;

/// <summary>Without a configured key the first start generates one into the data folder and later starts reuse it.</summary>
public sealed class StoredApiKeyTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "sozialinfo-knowledge-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string KeyFile => Path.Combine(_dataFolder, StoredApiKey.FileName);

    [Fact]
    public async Task Start_NoKeyConfigured_GeneratesARandomKeyThatWorksAndIsOnlyTheOwnersToRead()
    {
        await using var site = Site(configuredKey: string.Empty);
        using var client = site.CreateClient();

        var key = (await File.ReadAllTextAsync(KeyFile, Token)).Trim();
        using var withStoredKey = await StatusAsync(client, key);
        using var withTestKey = await StatusAsync(client, KnowledgeApiFactory.ApiKey);

        Assert.True(key.Length >= StoredApiKey.RecommendedMinimumLength, key);
        Assert.Equal(HttpStatusCode.OK, withStoredKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withTestKey.StatusCode);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }
    }

    [Fact]
    public async Task Start_AgainWithoutAKey_ReusesTheStoredKey()
    {
        string first;
        await using (var site = Site(configuredKey: string.Empty))
        {
            site.CreateClient().Dispose();
            first = await File.ReadAllTextAsync(KeyFile, Token);
        }

        await using var restarted = Site(configuredKey: string.Empty);
        using var client = restarted.CreateClient();
        using var response = await StatusAsync(client, first.Trim());

        Assert.Equal(first, await File.ReadAllTextAsync(KeyFile, Token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_TwoFreshStores_GetDifferentKeys()
    {
        await using var site = Site(configuredKey: string.Empty);
        site.CreateClient().Dispose();
        await using var other = new KnowledgeApiFactory(new Dictionary<string, string?> { ["Umbraco:CMS:DeliveryApi:ApiKey"] = string.Empty });
        other.CreateClient().Dispose();

        Assert.NotEqual(
            await File.ReadAllTextAsync(KeyFile, Token),
            await File.ReadAllTextAsync(Path.Combine(other.DataFolder, StoredApiKey.FileName), Token));
    }

    [Fact]
    public async Task Start_KeyConfigured_StoresNothingAndUsesTheConfiguredKey()
    {
        await using var site = Site(configuredKey: KnowledgeApiFactory.ApiKey);
        using var client = site.CreateClient();
        using var response = await StatusAsync(client, KnowledgeApiFactory.ApiKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public async Task DevelopmentSettings_ShipNoKey()
    {
        var settings = await File.ReadAllTextAsync(
            Path.Combine(KnowledgeApiFactory.RepositoryRoot, "src", "Sozialinfo.Knowledge.Web", "appsettings.Development.json"), Token);

        Assert.DoesNotContain("ApiKey", settings, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_dataFolder))
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left to the OS temp cleanup rather than failing the test.
        }
    }

    private KnowledgeApiFactory Site(string configuredKey) => new(new Dictionary<string, string?>
    {
        ["Umbraco:CMS:DeliveryApi:ApiKey"] = configuredKey,
        ["Persistence:DataFolder"] = _dataFolder,
    });

    private static async Task<HttpResponseMessage> StatusAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/status");
        request.Headers.Add("Api-Key", key);
        return await client.SendAsync(request, Token);
    }
}
