using System.Security.Cryptography;
using System.Text;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Web.Editor;

/// <summary>
/// The editors' key: the same "Umbraco:CMS:DeliveryApi:ApiKey" the editor API checks (checked by
/// <see cref="ApiKeyGuard"/>). Without a configured key nobody can sign in.
/// </summary>
internal sealed class EditorKey(IConfiguration configuration)
{
    public const string ConfigurationKey = ApiKeyGuard.ConfigurationKey;

    public bool IsConfigured => !string.IsNullOrEmpty(configuration[ConfigurationKey]);

    /// <summary>
    /// A hash of the current key, kept in the sign-in cookie: when the key is changed, cookies issued with the old one
    /// stop working at once instead of after their 8 hours.
    /// </summary>
    public string Fingerprint() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("sozialinfo-redaktion:" + (configuration[ConfigurationKey] ?? string.Empty))));
}
