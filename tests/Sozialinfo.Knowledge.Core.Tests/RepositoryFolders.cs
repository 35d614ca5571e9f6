namespace Sozialinfo.Knowledge.Core.Tests;

/// <summary>Folders of the repository the tests read (found by walking up to the solution file).</summary>
internal static class RepositoryFolders
{
    public static string Root { get; } = FindRoot();

    public static string DocumentTypes => Path.Combine(Root, "umbraco-config", "document-types");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sozialinfo.Knowledge.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Sozialinfo.Knowledge.sln not found.");
    }
}
