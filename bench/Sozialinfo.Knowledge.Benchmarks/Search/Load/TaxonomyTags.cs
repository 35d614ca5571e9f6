using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Benchmarks.Search.Load;

/// <summary>
/// The platform's tag rule, read from its own document-type definition (umbraco-config/document-types/
/// taggableComposition.json), so generated tags the importer would reject are dropped and counted instead of
/// failing whole articles. The rule is read, not copied, so the corpus follows the taxonomy when it changes.
/// </summary>
internal sealed class TaxonomyTags
{
    private const string DefinitionFile = "umbraco-config/document-types/taggableComposition.json";

    private readonly Regex _pattern;
    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);

    private TaxonomyTags(Regex pattern) => _pattern = pattern;

    public IReadOnlyDictionary<string, int> Dropped => _dropped;

    public static TaxonomyTags Load()
    {
        using var definition = JsonDocument.Parse(File.ReadAllText(FindDefinition()));
        var pattern = definition.RootElement.GetProperty("properties").EnumerateArray()
            .Single(property => property.GetProperty("alias").GetString() == "tags")
            .GetProperty("validationPattern").GetString()!;
        return new TaxonomyTags(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    public IReadOnlyList<string> Keep(IEnumerable<string> tags)
    {
        var kept = new List<string>();
        foreach (var tag in tags)
        {
            if (_pattern.IsMatch(tag))
            {
                kept.Add(tag);
            }
            else
            {
                _dropped[tag] = _dropped.GetValueOrDefault(tag) + 1;
            }
        }

        return kept;
    }

    private static string FindDefinition()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefinitionFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {DefinitionFile} above {AppContext.BaseDirectory}.");
    }
}
