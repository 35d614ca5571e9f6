using System.Globalization;

namespace Sozialinfo.Knowledge.Benchmarks.Search.Load;

/// <summary>
/// The options of the "search-corpus" command: the output folder, the number of articles, the seed and how many
/// articles go into one import folder ("part-01", "part-02" ...).
/// </summary>
internal sealed record SearchCorpusOptions(string Out, int Count, int Seed, int PartSize)
{
    public const int DefaultCount = 50_000;
    public const int DefaultSeed = 42;

    // One import of more than about 32,000 files fails in the platform: VersionRecorder sends one SQL parameter per
    // changed node and SQLite allows 32,766. Parts of 20,000 stay well below that.
    public const int DefaultPartSize = 20_000;

    public static SearchCorpusOptions Parse(IReadOnlyList<string> args)
    {
        string? output = null;
        var count = DefaultCount;
        var seed = DefaultSeed;
        var partSize = DefaultPartSize;
        for (var index = 0; index < args.Count; index += 2)
        {
            var value = index + 1 < args.Count ? args[index + 1] : throw new ArgumentException($"Option {args[index]} needs a value.", nameof(args));
            switch (args[index])
            {
                case "--out":
                    output = value;
                    break;
                case "--count":
                    count = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    break;
                case "--part-size":
                    partSize = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[index]}.", nameof(args));
            }
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            throw new ArgumentException("--out <folder> is required.", nameof(args));
        }

        return count > 0 && partSize > 0 ? new SearchCorpusOptions(Path.GetFullPath(output), count, seed, partSize)
            : throw new ArgumentException("--count and --part-size must be at least 1.", nameof(args));
    }
}
