using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Core.Tests.Content.Published;

/// <summary>Builds snapshot items with names and segments only, for route and tree tests.</summary>
internal static class SnapshotItems
{
    public static readonly DateTimeOffset Created = new(2026, 1, 12, 8, 0, 0, TimeSpan.Zero);

    public static PublishedContent Item(Guid key, Guid? parent, int sortOrder, params (string Culture, string Segment)[] cultures) =>
        Item(key, parent, sortOrder, Created, cultures);

    public static PublishedContent Item(Guid key, Guid? parent, int sortOrder, DateTimeOffset created, params (string Culture, string Segment)[] cultures) =>
        new(key, parent, "page", sortOrder, created, variesByCulture: true, isPublished: true,
            cultures.ToDictionary(
                c => c.Culture,
                c => new PublishedCulture(c.Culture, c.Segment.ToUpperInvariant(), c.Segment, created.AddDays(sortOrder), new Dictionary<string, object?>()),
                StringComparer.OrdinalIgnoreCase));

    public static Guid Key(int number) => new($"00000000-0000-4000-8000-{number:D12}");
}
