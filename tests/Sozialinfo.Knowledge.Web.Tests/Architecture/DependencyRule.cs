namespace Sozialinfo.Knowledge.Web.Tests.Architecture;

/// <summary>One row of the dependency table in architecture.md section 7 (our projects without the common prefix).</summary>
/// <param name="Project">The project, e.g. "Core".</param>
/// <param name="MayReference">Our projects it may reference.</param>
/// <param name="MustNever">Assembly or package name prefixes it must never reference.</param>
/// <param name="ThirdPartyAllowed">When set, regular expressions for the only non-platform assemblies it may reference.</param>
internal sealed record DependencyRule(string Project, string[] MayReference, string[] MustNever, string[]? ThirdPartyAllowed)
{
    private const string Ours = "Sozialinfo.Knowledge.";
    private static readonly string[] Umbraco = ["Umbraco."];
    private static readonly string[] AspNetCore = ["Microsoft.AspNetCore"];
    private static readonly string[] EfCore = ["Microsoft.EntityFrameworkCore"];
    private static readonly string[] Providers = ["Microsoft.EntityFrameworkCore.Sqlite", "Npgsql", Ours + "Persistence.Sqlite", Ours + "Persistence.PostgreSql"];

    public static IReadOnlyList<DependencyRule> All { get; } =
    [
        new("Contracts", [], [Ours, "Microsoft.", "Umbraco.", "Markdig", "Lucene"], []),
        new("Core", [], [.. AspNetCore, .. EfCore, "Lucene.Net", "Markdig", .. Umbraco, Ours], [@"^Microsoft\.Extensions\.[A-Za-z.]+\.Abstractions$"]),
        new("Markdown", [], [Ours + "Core", .. EfCore, .. AspNetCore, .. Umbraco], null),
        new("Persistence", ["Core"], [.. Providers, .. AspNetCore, .. Umbraco, Ours + "Features", Ours + "Web"], null),
        new("Persistence.Sqlite", ["Persistence", "Core"], [Ours + "Persistence.PostgreSql", "Npgsql", Ours + "Features", Ours + "Web", .. AspNetCore, .. Umbraco], null),
        new("Persistence.PostgreSql", ["Persistence", "Core"], [Ours + "Persistence.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite", Ours + "Features", Ours + "Web", .. AspNetCore, .. Umbraco], null),
        new("Search.Lucene", ["Core"], [.. EfCore, .. AspNetCore, Ours + "Features", Ours + "Persistence", .. Umbraco], null),
        new("Features", ["Core", "Contracts", "Markdown", "Persistence"], [Ours + "Search.Lucene", .. Providers, Ours + "Web", Ours + "Umbraco", .. Umbraco], null),
        new("Web", ["Contracts", "Core", "Markdown", "Persistence", "Persistence.Sqlite", "Persistence.PostgreSql", "Search.Lucene", "Features"], [Ours + "Umbraco", .. Umbraco], null),
        new("Umbraco", ["Core", "Contracts"], [Ours + "Persistence", Ours + "Search.Lucene", Ours + "Features", Ours + "Web", Ours + "Markdown", .. EfCore, "Lucene.Net", "Markdig"], null),
    ];

    public static DependencyRule For(string project) => All.Single(r => r.Project == project);
}
