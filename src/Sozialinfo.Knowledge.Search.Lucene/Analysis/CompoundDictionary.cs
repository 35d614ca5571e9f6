using System.Reflection;
using Lucene.Net.Analysis.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Analysis;

/// <summary>
/// German word parts for compound decomposition, curated for social work, IT and law (embedded resource
/// compound-parts.txt: one word per line, '#' starts a comment). Parts shorter than four letters are left out on
/// purpose: the compound filter finds parts anywhere inside a word, and short parts ("rat" in "Beratung") add noise.
/// </summary>
internal static class CompoundDictionary
{
    private const string ResourceName = "Sozialinfo.Knowledge.Search.Lucene.Analysis.compound-parts.txt";

    private static readonly Lazy<CharArraySet> Parts = new(LoadParts);

    public static CharArraySet Load() => Parts.Value;

    public static IReadOnlyList<string> ReadWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Split('#')[0].Trim();
            if (word.Length >= 4)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static CharArraySet LoadParts() => GermanFolding.FoldSet(ReadWords()).AsReadOnly();
}
