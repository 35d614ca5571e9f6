using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Sozialinfo.Knowledge.Benchmarks.Micro;

/// <summary>
/// Runs the micro-benchmarks in process (no generated project, so the repository's strict build settings never meet
/// BenchmarkDotNet's generated code). Artifacts go below the build output, never into the working tree.
/// </summary>
internal static class MicroCommand
{
    public static int Run(string[] args)
    {
        // WebApplicationFactory finds the platform's content root through MvcTestingAppManifest.json in the current
        // directory; "dotnet run --project" starts in the repository root, so move next to the manifest.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(10);
        var config = DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        string[] switcherArgs = args.Length == 0 ? ["--filter", "*"] : args;
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly).Run(switcherArgs, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
