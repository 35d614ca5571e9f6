using Sozialinfo.Knowledge.Features.Content.Startup;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Startup;

public sealed class ContentFoldersTests
{
    [Fact]
    public void Resolve_NothingConfigured_FindsConventionalFolderAboveContentRoot()
    {
        var contentRoot = Path.Combine(ContentTestStore.RepositoryRoot(), "src", "Sozialinfo.Knowledge.Web");

        var folder = ContentFolders.Resolve(string.Empty, contentRoot, ContentFolders.DocumentTypes);

        Assert.Equal(Path.Combine(ContentTestStore.RepositoryRoot(), "umbraco-config", "document-types"), folder);
    }

    [Fact]
    public void Resolve_RelativeConfiguredPath_ResolvedAgainstContentRoot() =>
        Assert.Equal(Path.GetFullPath("/srv/app/seed"), ContentFolders.Resolve("seed", "/srv/app", ContentFolders.Seed));

    [Fact]
    public void Resolve_NothingFoundAnywhere_Null() =>
        Assert.Null(ContentFolders.Resolve(null, Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));
}
