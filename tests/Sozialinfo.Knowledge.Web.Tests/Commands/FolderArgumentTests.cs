using Sozialinfo.Knowledge.Web.Commands;

namespace Sozialinfo.Knowledge.Web.Tests.Commands;

/// <summary>How the import command finds a relative folder: typed at the repository root, run in the project folder.</summary>
public sealed class FolderArgumentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("knowledge-folders-").FullName;

    [Fact]
    public void Resolve_RelativeFolderInShellDirectory_WinsOverProjectDirectory()
    {
        var project = Directory.CreateDirectory(Path.Combine(_root, "src", "Web")).FullName;
        var seed = Directory.CreateDirectory(Path.Combine(_root, "content-seed")).FullName;

        var (folder, _) = FolderArgument.Resolve("content-seed", shellDirectory: _root, currentDirectory: project, contentRoot: project);

        Assert.Equal(seed, folder);
    }

    [Fact]
    public void Resolve_NoShellDirectory_FallsBackToCurrentDirectoryThenContentRoot()
    {
        var current = Directory.CreateDirectory(Path.Combine(_root, "current")).FullName;
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        var seed = Directory.CreateDirectory(Path.Combine(contentRoot, "seed")).FullName;

        var (folder, tried) = FolderArgument.Resolve("seed", shellDirectory: null, current, contentRoot);

        Assert.Equal(seed, folder);
        Assert.Equal([Path.Combine(current, "seed"), seed], tried);
    }

    [Fact]
    public void Resolve_MissingEverywhere_NamesEveryPlaceTriedOnce()
    {
        var project = Directory.CreateDirectory(Path.Combine(_root, "project")).FullName;

        var (folder, tried) = FolderArgument.Resolve("fehlt", shellDirectory: _root, currentDirectory: project, contentRoot: project);

        Assert.Null(folder);
        Assert.Equal([Path.Combine(_root, "fehlt"), Path.Combine(project, "fehlt")], tried);
    }

    [Fact]
    public void Resolve_AbsoluteFolder_IsTakenAsItIs()
    {
        var (folder, tried) = FolderArgument.Resolve(_root, shellDirectory: "/elsewhere", currentDirectory: "/", contentRoot: "/");

        Assert.Equal(_root, folder);
        Assert.Single(tried);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
