using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>Which nodes readers can reach: a published culture, and every ancestor published too.</summary>
internal static class PublishedSelection
{
    public static List<ContentNode> Routable(IEnumerable<ContentNode> nodes) =>
        Reachable(nodes.Where(n => n.Variants.Any(v => v.IsPublished)));

    /// <summary>The candidates whose every ancestor is a candidate, too (roots always are).</summary>
    public static List<ContentNode> Reachable(IEnumerable<ContentNode> candidates)
    {
        var byKey = candidates.ToDictionary(n => n.Key);
        var memo = new Dictionary<Guid, bool>();
        return [.. byKey.Values.Where(n => IsReachable(n, byKey, memo, depth: 0))];
    }

    private static bool IsReachable(ContentNode node, Dictionary<Guid, ContentNode> byKey, Dictionary<Guid, bool> memo, int depth)
    {
        if (memo.TryGetValue(node.Key, out var known))
        {
            return known;
        }

        // The depth guard only matters for corrupt data (a cycle); a real tree is far shallower.
        var reachable = depth < 256
            && (node.ParentKey is not { } parentKey
                || (byKey.TryGetValue(parentKey, out var parent) && IsReachable(parent, byKey, memo, depth + 1)));
        memo[node.Key] = reachable;
        return reachable;
    }
}
