using Sozialinfo.Knowledge.Features.Content;
using Sozialinfo.Knowledge.Features.Content.Import;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Features.Content.Startup;

namespace Sozialinfo.Knowledge.Web.Commands;

/// <summary>
/// "dotnet run --project src/Sozialinfo.Knowledge.Web -- import &lt;folder&gt;": migrates the store, imports the folder
/// (a relative folder is looked up as <see cref="FolderArgument"/> says) and prints a German/English summary. Exit code 0, or 1 if any file was rejected (or the folder is missing).
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
        {
            await output.WriteLineAsync("Aufruf / usage: dotnet run --project src/Sozialinfo.Knowledge.Web -- import <Ordner/folder>");
            return 1;
        }

        var environment = services.GetRequiredService<IHostEnvironment>();
        var (folder, tried) = FolderArgument.Resolve(
            args[0], Environment.GetEnvironmentVariable("PWD"), Directory.GetCurrentDirectory(), environment.ContentRootPath);
        if (folder is null)
        {
            await output.WriteLineAsync($"Ordner nicht gefunden / folder not found: {string.Join(", ", tried)}");
            return 1;
        }

        await ContentStartup.PrepareStoreAsync(services, services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ImportCommand)), cancellationToken);
        var report = await ImportSeedContent.HandleAsync(
            new ImportSeedContent.Request(folder),
            services.GetRequiredService<SeedContentImporter>(),
            services.GetRequiredService<ContentSnapshotBuilder>(),
            cancellationToken);
        await output.WriteAsync(ImportSummary.Format(report));
        return report.Rejected.Count == 0 ? 0 : 1;
    }
}
