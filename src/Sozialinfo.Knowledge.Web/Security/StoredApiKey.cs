using System.Buffers.Text;
using System.Security.Cryptography;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>
/// Without a configured key ("Umbraco:CMS:DeliveryApi:ApiKey"), the first start generates one (32 random bytes,
/// base64url), stores it in "&lt;data folder&gt;/api-key" (readable by the owner only where the file system knows
/// modes) and logs it once; later starts read it from there. A configured key always wins. Runs when the host is built
/// and before anything reads the key's options, so the data folder of every configuration source is known.
/// </summary>
internal static class StoredApiKey
{
    public const string FileName = "api-key";

    /// <summary>Shorter configured keys are accepted, with a warning: they are within reach of guessing.</summary>
    public const int RecommendedMinimumLength = 32;

    public static WebApplication UseStoredApiKey(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoredApiKey).FullName!);
        var configured = app.Configuration[ApiKeyGuard.ConfigurationKey];
        if (!string.IsNullOrEmpty(configured))
        {
            if (configured.Length < RecommendedMinimumLength)
            {
                logger.LogWarning("{Setting} is only {Length} characters long; use at least {Minimum} random characters", ApiKeyGuard.ConfigurationKey, configured.Length, RecommendedMinimumLength);
            }

            return app;
        }

        var path = KeyPath(app);
        var key = ReadOrCreate(path, out var created);
        var configuration = (IConfigurationBuilder)app.Configuration;
        configuration.Add(new StoredApiKeyConfigurationSource((IConfigurationRoot)app.Configuration, key));
        if (created)
        {
            logger.LogWarning(
                "No Api-Key is configured ({Setting}), so one was generated and stored in {Path}. It is shown this once: {ApiKey} . " +
                "Use it in the Api-Key header (preview, editor API) and to sign in at /redaktion/anmelden; set {Setting} to use a key of your own.",
                ApiKeyGuard.ConfigurationKey, path, key, ApiKeyGuard.ConfigurationKey);
        }
        else
        {
            logger.LogInformation("No Api-Key is configured ({Setting}); using the one stored in {Path}", ApiKeyGuard.ConfigurationKey, path);
        }

        return app;
    }

    /// <summary>The key file, in the data folder of <see cref="PersistenceOptions"/> (relative to the content root).</summary>
    public static string KeyPath(WebApplication app)
    {
        var dataFolder = app.Configuration[$"{PersistenceOptions.SectionName}:{nameof(PersistenceOptions.DataFolder)}"];
        if (string.IsNullOrWhiteSpace(dataFolder))
        {
            dataFolder = new PersistenceOptions().DataFolder;
        }

        return Path.GetFullPath(Path.Combine(dataFolder, FileName), app.Environment.ContentRootPath);
    }

    private static string ReadOrCreate(string path, out bool created)
    {
        created = false;
        if (!File.Exists(path))
        {
            created = TryCreate(path);
        }

        var key = File.ReadAllText(path).Trim();
        if (key.Length == 0)
        {
            throw new InvalidOperationException($"The stored Api-Key in {path} is empty. Delete the file to get a new key, or set {ApiKeyGuard.ConfigurationKey}.");
        }

        return key;
    }

    /// <summary>Writes a new key to a temporary file and moves it in place, so no reader ever sees half a key.</summary>
    private static bool TryCreate(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var writer = new StreamWriter(path: temporary, options))
            {
                writer.Write(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));
                writer.Write('\n');
            }

            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process stored its key first; use that one.
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
