using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Features.Content.Snapshot;

/// <summary>
/// The parent of every stored node, keys only: finds the subtree below changed nodes without reading the store,
/// including nodes that are in neither snapshot (unpublished, unknown type) and the children below them.
/// </summary>
internal sealed class ContentKeyTree
{
    private readonly Dictionary<Guid, Guid?> _parentOf = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _childrenOf = [];

    public ContentKeyTree(IEnumerable<ContentNode> nodes)
    {
        foreach (var node in nodes)
        {
            Set(node.Key, node.ParentKey);
        }
    }

    public bool IsRoot(Guid key) => _parentOf.TryGetValue(key, out var parent) && parent is null;

    /// <summary>The keys and every node below them (a cycle in bad data ends the walk instead of looping).</summary>
    public HashSet<Guid> WithDescendants(IEnumerable<Guid> keys)
    {
        var found = new HashSet<Guid>();
        var pending = new Stack<Guid>(keys);
        while (pending.TryPop(out var key))
        {
            if (found.Add(key) && _childrenOf.TryGetValue(key, out var children))
            {
                foreach (var child in children)
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    public void Set(Guid key, Guid? parentKey)
    {
        Remove(key);
        _parentOf[key] = parentKey;
        if (parentKey is { } parent)
        {
            if (!_childrenOf.TryGetValue(parent, out var children))
            {
                _childrenOf[parent] = children = [];
            }

            children.Add(key);
        }
    }

    public void Remove(Guid key)
    {
        if (_parentOf.Remove(key, out var oldParent) && oldParent is { } parent && _childrenOf.TryGetValue(parent, out var children))
        {
            children.Remove(key);
        }
    }
}
