using Microsoft.Extensions.DependencyInjection;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Web.Commands;

namespace Sozialinfo.Knowledge.Web.Tests.Content;

/// <summary>The "import &lt;folder&gt;" command against the app's store: summary, exit code, rejected file reasons.</summary>
public sealed class ImportCommandTests : IAsyncDisposable
{
    private readonly KnowledgeApiFactory _factory = new(new Dictionary<string, string?> { ["Content:SeedOnStart"] = "false" });
    private readonly string _folder = Directory.CreateTempSubdirectory("knowledge-import-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_SeedFolder_ImportsEverythingAndExitsZero()
    {
        using var output = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(_factory.Services, [KnowledgeApiFactory.SeedFolder], output, Token);

        Assert.Equal(0, exitCode);
        Assert.Contains("abgewiesen / rejected:     0", output.ToString(), StringComparison.Ordinal);
        Assert.NotNull(_factory.Services.GetRequiredService<PublishedContentCache>().Published.GetByRoute("/dossiers/", "de-CH"));
    }

    [Fact]
    public async Task RunAsync_FolderWithRejectedFile_PrintsPathLineReasonAndExitsOne()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "kaputt.md"), "---\ntype: home\nkey: nicht-guid\nname: Start\n---\n", Token);
        using var output = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(_factory.Services, [_folder], output, Token);

        Assert.Equal(1, exitCode);
        Assert.Contains("    kaputt.md:3: «key» muss ein Schlüssel (GUID) sein, nicht «nicht-guid».", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("abgewiesen / rejected:     1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingFolder_ExitsOne()
    {
        using var output = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(_factory.Services, [Path.Combine(_folder, "fehlt")], output, Token);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Ordner nicht gefunden / folder not found", output.ToString(), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
