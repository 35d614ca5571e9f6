using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>Adds one <see cref="ContentVersion"/> per changed variant, numbered on from the last one of its culture.</summary>
internal static class VersionRecorder
{
    public static async Task RecordAsync(KnowledgeDbContext db, ContentWriter writer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (writer.Changed.Count == 0)
        {
            return;
        }

        var numbers = new Dictionary<(Guid NodeKey, string Culture), int>();

        // One SQL parameter per key: chunked, because SQLite allows at most 32,766 and an import may change more nodes.
        foreach (var keys in writer.Changed.Select(v => v.NodeKey).Distinct().Chunk(KnowledgeDatabase.MaxValuesPerQuery))
        {
            var latest = await db.ContentVersions
                .Where(v => keys.Contains(v.NodeKey))
                .GroupBy(v => new { v.NodeKey, v.Culture })
                .Select(g => new { g.Key.NodeKey, g.Key.Culture, Number = g.Max(v => v.VersionNumber) })
                .ToListAsync(cancellationToken);
            foreach (var entry in latest)
            {
                numbers[(entry.NodeKey, entry.Culture)] = entry.Number;
            }
        }

        foreach (var variant in writer.Changed)
        {
            var number = numbers.GetValueOrDefault((variant.NodeKey, variant.Culture)) + 1;
            numbers[(variant.NodeKey, variant.Culture)] = number;
            db.ContentVersions.Add(new ContentVersion
            {
                NodeKey = variant.NodeKey,
                Culture = variant.Culture,
                VersionNumber = number,
                Name = variant.Name,
                UrlSegment = variant.UrlSegment,
                PropertiesJson = variant.PropertiesJson,
                CreateDate = now,
                IsPublishedVersion = writer.WasPublished(variant),
            });
        }
    }
}
