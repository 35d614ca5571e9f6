namespace Sozialinfo.Knowledge.Core.Content.Published;

/// <summary>
/// An immutable view of the whole content tree with the lookups readers need: by key, by route, children and
/// ancestors. Built once per publish and swapped atomically by <see cref="PublishedContentCache"/>, so reads never
/// touch the database and never see a half-published state.
/// </summary>
public sealed class ContentSnapshot
{
    private static readonly IReadOnlyList<PublishedContent> None = [];

    private readonly Dictionary<Guid, PublishedContent> _byKey;
    private readonly Dictionary<Guid, IReadOnlyList<PublishedContent>> _children;
    private readonly Dictionary<(string Culture, string Path), PublishedContent> _byRoute;
    private readonly Dictionary<(string Culture, string Path), Guid> _redirects;

    public ContentSnapshot(long version, IEnumerable<PublishedContent> items, IEnumerable<RouteRedirect> redirects)
    {
        Version = version;
        _byKey = items.ToDictionary(i => i.Key);
        _children = _byKey.Values
            .Where(i => i.ParentKey is { } parent && _byKey.ContainsKey(parent))
            .GroupBy(i => i.ParentKey!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublishedContent>)[.. g.OrderBy(i => i.SortOrder).ThenBy(i => i.CreateDate).ThenBy(i => i.Key)]);
        Roots = [.. _byKey.Values.Where(i => i.ParentKey is null).OrderBy(i => i.SortOrder).ThenBy(i => i.CreateDate).ThenBy(i => i.Key)];
        All = [.. Roots.SelectMany(r => Enumerable.Prepend(GetDescendants(r.Key), r))];

        // Items not reachable from a root (orphans, or a parent cycle in bad data) are not content readers can reach.
        _byKey = All.ToDictionary(i => i.Key);
        _byRoute = new Dictionary<(string, string), PublishedContent>(RouteKeyComparer.Instance);
        AssignLevelsAndRoutes();
        _redirects = new Dictionary<(string, string), Guid>(RouteKeyComparer.Instance);
        foreach (var redirect in redirects)
        {
            _redirects.TryAdd((redirect.Culture, NormalizePath(redirect.Path)), redirect.Key);
        }

        LastModified = All.Count == 0 ? DateTimeOffset.UnixEpoch : All.Max(i => i.UpdateDate);
    }

    public static ContentSnapshot Empty { get; } = new(0, [], []);

    /// <summary>Increases with every rebuild; part of every ETag.</summary>
    public long Version { get; }

    public DateTimeOffset LastModified { get; }

    public IReadOnlyList<PublishedContent> Roots { get; }

    /// <summary>Every item in tree order (depth first, siblings by sort order): the default "index order".</summary>
    public IReadOnlyList<PublishedContent> All { get; }

    public PublishedContent? GetByKey(Guid key) => _byKey.GetValueOrDefault(key);

    public PublishedContent? GetByRoute(string path, string culture) =>
        _byRoute.GetValueOrDefault((culture, NormalizePath(path)));

    /// <summary>The item that used to live at <paramref name="path"/>, if it moved; null if the path is live or unknown.</summary>
    public PublishedContent? GetRedirectTarget(string path, string culture) =>
        _redirects.TryGetValue((culture, NormalizePath(path)), out var key) ? GetByKey(key) : null;

    public IReadOnlyList<PublishedContent> GetChildren(Guid key) => _children.GetValueOrDefault(key) ?? None;

    public IEnumerable<PublishedContent> GetDescendants(Guid key)
    {
        foreach (var child in GetChildren(key))
        {
            yield return child;
            foreach (var descendant in GetDescendants(child.Key))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Ancestors from the parent up to the root, excluding the item itself.</summary>
    public IEnumerable<PublishedContent> GetAncestors(Guid key)
    {
        // Only items reachable from a root have a level; bad data with a parent cycle never reaches one.
        var current = GetByKey(key);
        var remaining = current?.Level ?? 0;
        while (remaining-- > 1 && current?.ParentKey is { } parentKey && GetByKey(parentKey) is { } parent)
        {
            yield return parent;
            current = parent;
        }
    }

    public PublishedContent? GetRoot(PublishedContent item) => GetAncestors(item.Key).LastOrDefault() ?? (item.ParentKey is null ? item : null);

    /// <summary>Lower-case, leading and trailing slash: "Dossiers/Datenschutz" becomes "/dossiers/datenschutz/".</summary>
    public static string NormalizePath(string path)
    {
        var trimmed = path.Trim().Trim('/').ToLowerInvariant();
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    private void AssignLevelsAndRoutes()
    {
        for (var index = 0; index < Roots.Count; index++)
        {
            var root = Roots[index];
            AssignRecursive(root, 1, parentPaths: null, isFirstRoot: index == 0);
        }
    }

    private void AssignRecursive(PublishedContent item, int level, IReadOnlyDictionary<string, PublishedCulture>? parentPaths, bool isFirstRoot)
    {
        item.Level = level;
        foreach (var culture in item.Cultures.Values)
        {
            culture.Path = parentPaths is null
                ? (isFirstRoot ? "/" : $"/{culture.UrlSegment}/")
                : $"{ParentPath(parentPaths, culture.Culture)}{culture.UrlSegment}/";
            _byRoute.TryAdd((culture.Culture, culture.Path), item);
        }

        foreach (var child in GetChildren(item.Key))
        {
            AssignRecursive(child, level + 1, item.Cultures, isFirstRoot);
        }
    }

    private static string ParentPath(IReadOnlyDictionary<string, PublishedCulture> parent, string culture)
    {
        // A translation whose parent is not translated routes under the parent's default-culture path.
        var parentCulture = parent.GetValueOrDefault(culture) ?? parent.GetValueOrDefault(Content.Cultures.Default) ?? parent.Values.First();
        return parentCulture.Path;
    }

    private sealed class RouteKeyComparer : IEqualityComparer<(string Culture, string Path)>
    {
        public static RouteKeyComparer Instance { get; } = new();

        public bool Equals((string Culture, string Path) x, (string Culture, string Path) y) =>
            string.Equals(x.Culture, y.Culture, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.Path, y.Path, StringComparison.Ordinal);

        public int GetHashCode((string Culture, string Path) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Culture), StringComparer.Ordinal.GetHashCode(obj.Path));
    }
}
