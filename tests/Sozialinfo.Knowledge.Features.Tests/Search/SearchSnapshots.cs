using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Tests.Search;

/// <summary>Small in-memory trees for the index updater tests: home / dossier / articles.</summary>
internal static class SearchSnapshots
{
    public static readonly Guid Home = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid Dossier = Guid.Parse("00000000-0000-0000-0000-000000000002");
    public static readonly Guid First = Guid.Parse("00000000-0000-0000-0000-000000000003");
    public static readonly Guid Second = Guid.Parse("00000000-0000-0000-0000-000000000004");

    public static readonly DateTimeOffset Created = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(1));

    public static PublishedContent Item(Guid key, Guid? parent, string type, string name, DateTimeOffset? updated = null, int sortOrder = 0, params string[] cultures) =>
        new(key, parent, type, sortOrder, Created, cultures.Length > 0, isPublished: true,
            (cultures.Length == 0 ? ["de-CH"] : cultures).ToDictionary(
                c => c,
                c => new PublishedCulture(c, name, name.ToLowerInvariant().Replace(' ', '-'), updated ?? Created, new Dictionary<string, object?>()),
                StringComparer.OrdinalIgnoreCase));

    /// <summary>Home, a dossier below it and the given articles below the dossier (fresh objects every call).</summary>
    public static ContentSnapshot Tree(long version, params PublishedContent[] articles) =>
        new(version, [Item(Home, null, "home", "Start"), Item(Dossier, Home, "dossier", "Datenschutz"), .. articles], []);

    public static PublishedContent Article(Guid key, string name, DateTimeOffset? updated = null, Guid? parent = null, params string[] cultures) =>
        Item(key, parent ?? Dossier, "article", name, updated, 0, cultures);
}
