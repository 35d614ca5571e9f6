namespace Sozialinfo.Knowledge.Benchmarks.Micro;

/// <summary>Finds the repository's content-seed folder and reads the Markdown body of a seed file.</summary>
internal static class SeedFiles
{
    public const string RevDsgArticle = "content/dossiers/datenschutz/01-revdsg-in-der-sozialen-arbeit.md";

    public static string SeedFolder { get; } = FindSeedFolder();

    /// <summary>The Markdown after the YAML front matter (the part between the first two "---" lines).</summary>
    public static string ReadBody(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(SeedFolder, relativePath)).ReplaceLineEndings("\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 5)..];
    }

    private static string FindSeedFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content-seed");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No content-seed folder above {AppContext.BaseDirectory}.");
    }
}
