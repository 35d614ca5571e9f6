namespace Sozialinfo.Knowledge.Web.Commands;

/// <summary>
/// The command line: "import &lt;folder&gt;" imports seed content and exits (code 1 if a file was rejected);
/// "reindex" rebuilds the search indexes from the store and exits; without arguments the site is served.
/// </summary>
internal static class KnowledgeCommands
{
    public static async Task RunKnowledgeAsync(this WebApplication app, string[] args)
    {
        if (args.Length > 0 && string.Equals(args[0], "import", StringComparison.OrdinalIgnoreCase))
        {
            Environment.ExitCode = await ImportCommand.RunAsync(app.Services, args[1..], Console.Out, CancellationToken.None);
            return;
        }

        if (args.Length > 0 && string.Equals(args[0], "reindex", StringComparison.OrdinalIgnoreCase))
        {
            Environment.ExitCode = await ReindexCommand.RunAsync(app.Services, Console.Out, CancellationToken.None);
            return;
        }

        await app.RunAsync();
    }
}
