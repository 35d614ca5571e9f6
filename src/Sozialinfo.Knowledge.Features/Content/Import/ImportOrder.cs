using Sozialinfo.Knowledge.Core.Content;

namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>
/// Orders parsed seed files so parents come before children (by key and parent, not by folder) and a node's
/// default culture before its translations. Duplicates of key and culture and parent cycles are rejected.
/// </summary>
internal static class ImportOrder
{
    public static List<SeedFile> Sort(IEnumerable<SeedFile> files, List<ImportRejection> rejected)
    {
        var unique = new List<SeedFile>();
        var seen = new Dictionary<(Guid, string), SeedFile>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var culture = Cultures.Normalize(file.Culture) ?? file.Culture;
            if (seen.TryGetValue((file.Key, culture), out var first))
            {
                rejected.Add(new(file.Path, [new(file.LineOf("key"), $"Schlüssel {file.Key} in der Kultur {culture} steht schon in «{first.Path}».")]));
                continue;
            }

            seen.Add((file.Key, culture), file);
            unique.Add(file);
        }

        var parents = unique
            .GroupBy(f => f.Key)
            .ToDictionary(g => g.Key, g => (g.FirstOrDefault(f => f.IsDefaultCulture) ?? g.First()).Parent);
        var depths = new Dictionary<Guid, int?>();
        var ordered = new List<SeedFile>();
        foreach (var file in unique)
        {
            if (Depth(file.Key, parents, depths, []) is null)
            {
                rejected.Add(new(file.Path, [new(file.LineOf("parent"), "Die Elternknoten bilden einen Kreis; der Inhalt liegt unter sich selbst.")]));
                continue;
            }

            ordered.Add(file);
        }

        return [.. ordered
            .OrderBy(f => depths[f.Key])
            .ThenBy(f => f.IsDefaultCulture ? 0 : 1)
            .ThenBy(f => f.Path, StringComparer.Ordinal)];
    }

    private static int? Depth(Guid key, Dictionary<Guid, Guid?> parents, Dictionary<Guid, int?> depths, HashSet<Guid> visiting)
    {
        if (depths.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!visiting.Add(key))
        {
            return null;
        }

        int? depth = parents.GetValueOrDefault(key) is { } parent && parents.ContainsKey(parent)
            ? Depth(parent, parents, depths, visiting) + 1
            : 0;
        depths[key] = depth;
        return depth;
    }
}
