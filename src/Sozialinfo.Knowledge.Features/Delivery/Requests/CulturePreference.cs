using Sozialinfo.Knowledge.Core.Content.Published;
using SupportedCultures = Sozialinfo.Knowledge.Core.Content.Cultures;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>
/// The supported cultures a request accepts, best first. Instances are canonical (one per distinct list), so the
/// list can be part of a cache key without allocating. There are at most 15 lists over three cultures.
/// </summary>
internal sealed class CulturePreference
{
    private static readonly Dictionary<string, CulturePreference> Canonical = BuildAll();

    private CulturePreference(IReadOnlyList<string> cultures)
    {
        Cultures = cultures;
        Key = string.Join('+', cultures);
    }

    /// <summary>The default culture alone: no Accept-Language header, or no supported culture in it.</summary>
    public static CulturePreference Default { get; } = Canonical[SupportedCultures.Default];

    public IReadOnlyList<string> Cultures { get; }

    /// <summary>The response culture of queries, which run in one culture.</summary>
    public string Primary => Cultures[0];

    /// <summary>"de-CH" or "fr-CH+de-CH": safe inside an ETag.</summary>
    public string Key { get; }

    /// <summary>One supported culture alone, without allocating.</summary>
    public static CulturePreference Single(string culture) => Canonical[culture];

    public static CulturePreference For(IReadOnlyList<string> cultures) =>
        cultures.Count == 0 ? Default : Canonical[string.Join('+', cultures)];

    /// <summary>The first accepted culture the item has, or null when it has none of them.</summary>
    public string? Pick(IReadOnlyDictionary<string, PublishedCulture> available)
    {
        foreach (var culture in Cultures)
        {
            if (available.ContainsKey(culture))
            {
                return culture;
            }
        }

        return null;
    }

    private static Dictionary<string, CulturePreference> BuildAll()
    {
        var all = new Dictionary<string, CulturePreference>(StringComparer.Ordinal);
        AddPermutations(all, [], SupportedCultures.Supported);
        return all;
    }

    private static void AddPermutations(Dictionary<string, CulturePreference> all, List<string> prefix, IReadOnlyList<string> remaining)
    {
        foreach (var culture in remaining)
        {
            List<string> list = [.. prefix, culture];
            var preference = new CulturePreference(list);
            all[preference.Key] = preference;
            AddPermutations(all, list, [.. remaining.Where(c => c != culture)]);
        }
    }
}
