namespace Sozialinfo.Knowledge.Web.Security;

/// <summary>The configuration source of <see cref="StoredApiKeyConfigurationProvider"/>.</summary>
internal sealed class StoredApiKeyConfigurationSource(IConfigurationRoot root, string storedKey) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new StoredApiKeyConfigurationProvider(root, storedKey);
}
