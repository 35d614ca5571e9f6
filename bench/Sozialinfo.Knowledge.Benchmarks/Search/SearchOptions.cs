using System.Globalization;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>Arguments of the "search" command.</summary>
internal sealed record SearchOptions(int Count, int Runs, int Seed, bool PlatformRenderer)
{
    public static bool TryParse(string[] args, out SearchOptions options)
    {
        options = new SearchOptions(50_000, 2_000, 42, PlatformRenderer: true);
        for (var index = 0; index < args.Length; index++)
        {
            if (args[index] == "--render" && index + 1 < args.Length && args[index + 1] is "platform" or "simple")
            {
                options = options with { PlatformRenderer = args[++index] == "platform" };
                continue;
            }

            if (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return false;
            }

            switch (args[index++])
            {
                case "--count":
                    options = options with { Count = value };
                    break;
                case "--runs":
                    options = options with { Runs = value };
                    break;
                case "--seed":
                    options = options with { Seed = value };
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
