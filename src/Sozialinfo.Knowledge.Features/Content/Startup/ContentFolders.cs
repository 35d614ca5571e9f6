namespace Sozialinfo.Knowledge.Features.Content.Startup;

/// <summary>
/// Finds the configuration and seed folders: a configured path (relative to the content root), or else the first
/// folder with the conventional name found by walking up from the content root (the repository layout).
/// </summary>
internal static class ContentFolders
{
    public const string DocumentTypes = "umbraco-config/document-types";
    public const string Seed = "content-seed";

    /// <summary>The full path, or null when nothing is configured and nothing is found.</summary>
    public static string? Resolve(string? configured, string contentRoot, string conventional)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, conventional);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
