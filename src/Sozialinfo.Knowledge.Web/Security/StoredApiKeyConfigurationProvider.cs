using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>
/// Supplies the stored key as "Umbraco:CMS:DeliveryApi:ApiKey" only while no other source gives a non-empty one, so a
/// configured key always wins, also one that appears later (a changed appsettings file, a key set at run time).
/// Added last, it is asked first; it then looks at the other sources itself.
/// </summary>
internal sealed class StoredApiKeyConfigurationProvider(IConfigurationRoot root, string storedKey) : ConfigurationProvider
{
    public override void Load() => Data[ApiKeyGuard.ConfigurationKey] = storedKey;

    public override bool TryGet(string key, out string? value)
    {
        if (string.Equals(key, ApiKeyGuard.ConfigurationKey, StringComparison.OrdinalIgnoreCase) && !ConfiguredElsewhere())
        {
            value = storedKey;
            return true;
        }

        value = null;
        return false;
    }

    // A key set through IConfiguration at run time lands in the other sources too; this one keeps the stored key.
    public override void Set(string key, string? value)
    {
    }

    private bool ConfiguredElsewhere()
    {
        foreach (var provider in root.Providers.Reverse())
        {
            if (!ReferenceEquals(provider, this) && provider.TryGet(ApiKeyGuard.ConfigurationKey, out var value))
            {
                return !string.IsNullOrEmpty(value);
            }
        }

        return false;
    }
}
