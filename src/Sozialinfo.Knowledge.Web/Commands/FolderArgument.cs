namespace Sozialinfo.Knowledge.Web.Commands;

/// <summary>
/// Resolves a folder given on the command line. `dotnet run --project ...` starts the app in the project folder, so a
/// relative path is tried against the directory the command was typed in first (the shell's <c>PWD</c>), then the
/// process's current directory, then the content root; every place tried is named when none exists.
/// </summary>
internal static class FolderArgument
{
    public static (string? Folder, IReadOnlyList<string> Tried) Resolve(string argument, string? shellDirectory, string currentDirectory, string contentRoot)
    {
        if (Path.IsPathFullyQualified(argument))
        {
            var full = Path.GetFullPath(argument);
            return (Directory.Exists(full) ? full : null, [full]);
        }

        var tried = new List<string>();
        foreach (var baseDirectory in new[] { shellDirectory, currentDirectory, contentRoot })
        {
            if (string.IsNullOrWhiteSpace(baseDirectory) || !Path.IsPathFullyQualified(baseDirectory))
            {
                continue;
            }

            var candidate = Path.GetFullPath(argument, baseDirectory);
            if (tried.Contains(candidate, StringComparer.Ordinal))
            {
                continue;
            }

            if (Directory.Exists(candidate))
            {
                return (candidate, [.. tried, candidate]);
            }

            tried.Add(candidate);
        }

        return (null, tried);
    }
}
