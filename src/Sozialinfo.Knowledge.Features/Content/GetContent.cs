using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>GET /api/content/{key}: draft and published state per culture, and the version list.</summary>
internal static class GetContent
{
    public static async Task<Results<Ok<ContentDetails>, NotFound, ValidationProblem>> HandleAsync(
        string key, IDbContextFactory<KnowledgeDbContext> dbFactory, PublishedContentCache cache, CancellationToken cancellationToken)
    {
        if (!EditorInput.TryParseKey(key, out var nodeKey, out var problem))
        {
            return problem;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ContentDetails.LoadAsync(db, cache, nodeKey, cancellationToken) is { } details
            ? TypedResults.Ok(details)
            : TypedResults.NotFound();
    }
}
