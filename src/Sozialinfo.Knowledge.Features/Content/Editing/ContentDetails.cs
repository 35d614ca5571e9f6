using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// What the editor API shows of a node: its place, draft and published state per culture (with the stored values that
/// cannot be rendered and are left out, as <c>problems</c>), its versions.
/// </summary>
internal sealed record ContentDetails(
    Guid Key,
    string ContentType,
    Guid? ParentKey,
    int SortOrder,
    int Level,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate,
    IReadOnlyDictionary<string, ContentDetails.CultureState> Cultures,
    IReadOnlyList<ContentDetails.VersionSummary> Versions)
{
    public static async Task<ContentDetails?> LoadAsync(KnowledgeDbContext db, PublishedContentCache cache, Guid key, CancellationToken cancellationToken)
    {
        var node = await db.ContentNodes.AsNoTracking().Include(n => n.Variants).FirstOrDefaultAsync(n => n.Key == key, cancellationToken);
        if (node is null)
        {
            return null;
        }

        var versions = await LoadVersionsAsync(db, key, cancellationToken);
        var cultures = node.Variants.OrderBy(v => v.Culture, StringComparer.Ordinal).ToDictionary(
            v => v.Culture,
            v => new CultureState(
                new DraftState(v.Name, v.UrlSegment, v.UpdateDate, Properties(v.PropertiesJson), Problems(cache.Preview, key, v.Culture)),
                v.IsPublished
                    ? new PublishedState(v.PublishedName!, v.PublishedUrlSegment!, v.PublishDate, Properties(v.PublishedPropertiesJson), Problems(cache.Published, key, v.Culture))
                    : null));
        return new ContentDetails(node.Key, node.ContentTypeAlias, node.ParentKey, node.SortOrder, node.Level, node.CreateDate, node.UpdateDate, cultures, versions);
    }

    public static Task<List<VersionSummary>> LoadVersionsAsync(KnowledgeDbContext db, Guid key, CancellationToken cancellationToken) =>
        db.ContentVersions.AsNoTracking()
            .Where(v => v.NodeKey == key)
            .OrderBy(v => v.Culture).ThenBy(v => v.VersionNumber)
            .Select(v => new VersionSummary(v.Culture, v.VersionNumber, v.Name, v.UrlSegment, v.CreateDate, v.IsPublishedVersion))
            .ToListAsync(cancellationToken);

    /// <summary>What the snapshot built from this state left out; the editor API answers after the snapshot caught up.</summary>
    private static List<ContentError> Problems(ContentSnapshot snapshot, Guid key, string culture) =>
        snapshot.GetByKey(key)?.GetCulture(culture) is { Unrendered: { Count: > 0 } unrendered }
            ? [.. unrendered.Select(u => new ContentError(ContentFields.Property(u.Alias), u.Message))]
            : [];

    private static JsonObject Properties(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    public sealed record CultureState(DraftState Draft, PublishedState? Published);

    public sealed record DraftState(string Name, string Segment, DateTimeOffset UpdateDate, JsonObject Properties, IReadOnlyList<ContentError> Problems);

    public sealed record PublishedState(string Name, string Segment, DateTimeOffset? PublishDate, JsonObject Properties, IReadOnlyList<ContentError> Problems);

    public sealed record VersionSummary(string Culture, int VersionNumber, string Name, string Segment, DateTimeOffset CreateDate, bool IsPublishedVersion);
}
