using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>GET /api/content/{key}/versions: the saved and published versions of every culture, oldest first.</summary>
internal static class GetContentVersions
{
    public static async Task<Results<Ok<List<ContentDetails.VersionSummary>>, NotFound, ValidationProblem>> HandleAsync(
        string key, IDbContextFactory<KnowledgeDbContext> dbFactory, CancellationToken cancellationToken)
    {
        if (!EditorInput.TryParseKey(key, out var nodeKey, out var problem))
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.ContentNodes.AnyAsync(n => n.Key == nodeKey, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await ContentDetails.LoadVersionsAsync(db, nodeKey, cancellationToken));
    }
}
