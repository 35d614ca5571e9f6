using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// The whole node tree of the store as tracked entities, for one write: validation reads parents and siblings
/// from it, and writes land in it before they are saved in one transaction.
/// </summary>
internal sealed class ContentTree
{
    private readonly Dictionary<Guid, ContentNode> _nodes;

    public ContentTree(IEnumerable<ContentNode> nodes)
    {
        _nodes = nodes.ToDictionary(n => n.Key);
    }

    public IReadOnlyCollection<ContentNode> Nodes => _nodes.Values;

    public ContentNode? Find(Guid key) => _nodes.GetValueOrDefault(key);

    public void Add(ContentNode node) => _nodes.Add(node.Key, node);

    public IEnumerable<ContentNode> ChildrenOf(Guid? parentKey) => _nodes.Values.Where(n => n.ParentKey == parentKey);

    public IEnumerable<ContentNode> DescendantsOf(Guid key)
    {
        foreach (var child in ChildrenOf(key).ToList())
        {
            yield return child;
            foreach (var descendant in DescendantsOf(child.Key))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>True when <paramref name="candidate"/> is <paramref name="key"/> or lies below it.</summary>
    public bool IsSelfOrDescendant(Guid candidate, Guid key)
    {
        var visited = new HashSet<Guid>();
        for (Guid? current = candidate; current is { } value && visited.Add(value); current = Find(value)?.ParentKey)
        {
            if (value == key)
            {
                return true;
            }
        }

        return false;
    }
}
