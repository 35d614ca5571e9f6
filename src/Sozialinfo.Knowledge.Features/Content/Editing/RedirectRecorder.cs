using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Nodes;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Records a <see cref="RedirectUrl"/> for every published route that a write moved (rename, move, a moved
/// ancestor), as Umbraco's redirect-URL tracking does, and drops redirects for paths that are live again.
/// </summary>
internal static class RedirectRecorder
{
    public static async Task RecordAsync(
        KnowledgeDbContext db,
        Dictionary<(Guid Key, string Culture), string> before,
        Dictionary<(Guid Key, string Culture), string> after,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var live = after.Select(r => (r.Key.Culture, Path: r.Value)).ToHashSet();
        var moved = before
            .Where(r => after.TryGetValue(r.Key, out var path) && !string.Equals(path, r.Value, StringComparison.Ordinal))
            .Where(r => !live.Contains((r.Key.Culture, r.Value)))
            .Select(r => (r.Key.Key, r.Key.Culture, OldPath: r.Value))
            .ToList();
        var newlyLive = live.Except(before.Select(r => (r.Key.Culture, Path: r.Value))).ToList();
        if (moved.Count == 0 && newlyLive.Count == 0)
        {
            return;
        }

        // One SQL parameter per path: chunked, because SQLite allows at most 32,766 and renaming a high node moves many.
        var existing = new List<RedirectUrl>();
        foreach (var paths in moved.Select(m => m.OldPath).Concat(newlyLive.Select(l => l.Path)).Distinct().Chunk(KnowledgeDatabase.MaxValuesPerQuery))
        {
            existing.AddRange(await db.RedirectUrls.Where(r => paths.Contains(r.Path)).ToListAsync(cancellationToken));
        }

        db.RedirectUrls.RemoveRange(existing.Where(r => live.Contains((r.Culture, r.Path))));
        foreach (var (key, culture, oldPath) in moved)
        {
            var redirect = existing.FirstOrDefault(r => r.Culture == culture && r.Path == oldPath);
            if (redirect is null)
            {
                db.RedirectUrls.Add(new RedirectUrl { Culture = culture, Path = oldPath, NodeKey = key, CreateDate = now });
            }
            else
            {
                (redirect.NodeKey, redirect.CreateDate) = (key, now);
            }
        }
    }
}
