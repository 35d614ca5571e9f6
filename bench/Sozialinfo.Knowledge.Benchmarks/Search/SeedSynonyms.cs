using System.Text;
using Sozialinfo.Knowledge.Core.Search.Synonyms;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>
/// The seed's synonym table (content-seed/einstellungen/synonyme/*.md, the «terms: |» block of each file) for the
/// probe, so synonym queries are measured with the groups the platform ships.
/// </summary>
internal static class SeedSynonyms
{
    public static SynonymTable Load(string seedFolder)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var file in Directory.GetFiles(Path.Combine(seedFolder, "einstellungen", "synonyme"), "*.md").Order(StringComparer.Ordinal))
        {
            var terms = new StringBuilder();
            var inTerms = false;
            foreach (var line in File.ReadLines(file))
            {
                if (line.TrimEnd() == "  terms: |")
                {
                    inTerms = true;
                }
                else if (inTerms && line.StartsWith("    ", StringComparison.Ordinal))
                {
                    terms.AppendLine(line.Trim());
                }
                else
                {
                    inTerms = false;
                }
            }

            groups.Add(SynonymTerms.Parse(terms.ToString()));
        }

        return new SynonymTable(groups);
    }
}
