using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Persistence.Tests;

/// <summary>Builds content rows with unique keys, so tests sharing a database never see each other's rows.</summary>
internal static class TestContent
{
    /// <summary>A local (non-UTC) time with sub-microsecond ticks, to show normalisation and precision.</summary>
    public static DateTimeOffset LocalTime { get; } =
        new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.FromHours(1)).AddTicks(5_358_979);

    public static ContentNode Node(Guid? parentKey = null, int sortOrder = 0, params string[] cultures)
    {
        var key = Guid.NewGuid();
        return new ContentNode
        {
            Key = key,
            ParentKey = parentKey,
            ContentTypeAlias = "article",
            SortOrder = sortOrder,
            Level = parentKey is null ? 1 : 2,
            CreateDate = LocalTime,
            UpdateDate = LocalTime.AddMinutes(5),
            Variants = [.. cultures.Select(culture => Variant(key, culture))],
        };
    }

    public static ContentVariant Variant(Guid nodeKey, string culture) => new()
    {
        NodeKey = nodeKey,
        Culture = culture,
        Name = $"Fachartikel {culture}",
        UrlSegment = $"fachartikel-{culture.ToLowerInvariant()}",
        PropertiesJson = """{"title":"Sozialhilfe","tags":["armut","beratung"],"date":"2026-03-14","rank":3,"featured":true}""",
        UpdateDate = LocalTime,
    };

    public static ContentVersion Version(Guid nodeKey, string culture, int number, DateTimeOffset createDate) => new()
    {
        NodeKey = nodeKey,
        Culture = culture,
        VersionNumber = number,
        Name = $"Version {number}",
        UrlSegment = $"version-{number}",
        PropertiesJson = $$"""{"title":"Version {{number}}"}""",
        CreateDate = createDate,
        IsPublishedVersion = number % 2 == 0,
    };

    public static RedirectUrl Redirect(Guid nodeKey, string culture, string path) => new()
    {
        NodeKey = nodeKey,
        Culture = culture,
        Path = path,
        CreateDate = LocalTime,
    };
}
