using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sozialinfo.Knowledge.Web.Tests.Architecture;

/// <summary>
/// The dependency table of architecture.md section 7, checked two ways: the compiled assemblies'
/// GetReferencedAssemblies() (what the code really uses) and the csproj ProjectReferences (what a project could use).
/// Projects that do not exist yet (Search.Lucene, Umbraco) are skipped with a message.
/// </summary>
public sealed class DependencyRulesTests
{
    private const string Prefix = "Sozialinfo.Knowledge.";

    public static TheoryData<string> Projects { get; } = [.. DependencyRule.All.Select(r => r.Project)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void CompiledAssembly_ReferencesOnlyWhatTheTableAllows(string project)
    {
        var rule = DependencyRule.For(project);

        var references = ReferencedAssemblies(project);

        var ours = references.Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)).Select(r => r[Prefix.Length..]);
        Assert.All(ours, r => Assert.True(rule.MayReference.Contains(r), $"{project} references {Prefix}{r}, which the table does not allow"));
        Assert.All(references, r => Assert.False(
            rule.MustNever.Any(f => r.StartsWith(f, StringComparison.Ordinal)), $"{project} references {r}, which the table forbids"));
        if (rule.ThirdPartyAllowed is { } allowed)
        {
            var thirdParty = references.Where(r => !r.StartsWith(Prefix, StringComparison.Ordinal) && !IsPlatform(r));
            Assert.All(thirdParty, r => Assert.True(allowed.Any(a => Regex.IsMatch(r, a)), $"{project} references third-party {r}"));
        }
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectFile_ReferencesOnlyWhatTheTableAllows(string project)
    {
        var rule = DependencyRule.For(project);
        var csproj = Path.Combine(KnowledgeApiFactory.RepositoryRoot, "src", Prefix + project, $"{Prefix}{project}.csproj");
        Assert.SkipUnless(File.Exists(csproj), $"{Prefix}{project} does not exist yet");

        var document = XDocument.Load(csproj);
        var projectReferences = document.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/'))[Prefix.Length..]);
        var packages = document.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value);

        Assert.All(projectReferences, r => Assert.True(rule.MayReference.Contains(r), $"{project}.csproj references {r}"));
        Assert.All(packages, p => Assert.False(
            rule.MustNever.Any(f => p.StartsWith(f, StringComparison.Ordinal)), $"{project}.csproj references package {p}"));
    }

    [Fact]
    public void TestProjects_NeverReferenceOtherTestProjects()
    {
        var testsFolder = Path.Combine(KnowledgeApiFactory.RepositoryRoot, "tests");
        var projects = Directory.GetFiles(testsFolder, "*.Tests.csproj", SearchOption.AllDirectories);

        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            var references = XDocument.Load(project).Descendants("ProjectReference").Select(e => e.Attribute("Include")!.Value);
            Assert.All(references, r => Assert.False(r.Contains(".Tests", StringComparison.Ordinal), $"{Path.GetFileName(project)} references {r}"));
        }
    }

    [Fact]
    public void WebTests_ReferenceTheWebProject()
    {
        Assert.Contains(typeof(DependencyRulesTests).Assembly.GetReferencedAssemblies(), a => a.Name == Prefix + "Web");
    }

    /// <summary>
    /// References of the assembly as loaded by this test run (Web references every allowed project); for a project
    /// the Web host does not load (the Umbraco package), the metadata of its newest build output, read without loading.
    /// </summary>
    private static List<string> ReferencedAssemblies(string project)
    {
        try
        {
            return [.. Assembly.Load(new AssemblyName(Prefix + project)).GetReferencedAssemblies().Select(a => a.Name!)];
        }
        catch (FileNotFoundException)
        {
            var bin = Path.Combine(KnowledgeApiFactory.RepositoryRoot, "src", Prefix + project, "bin");
            var file = Directory.Exists(bin)
                ? Directory.GetFiles(bin, $"{Prefix}{project}.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
                : null;
            Assert.SkipWhen(file is null, $"{Prefix}{project} is not built or does not exist yet");
            using var stream = File.OpenRead(file!);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return [.. metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))];
        }
    }

    private static bool IsPlatform(string name) =>
        name is "netstandard" or "mscorlib" || name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);
}
