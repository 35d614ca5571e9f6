using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Features.Content.Editing;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>
/// POST /api/content/{key}/unpublish?culture=: removes the published copy of one culture (all cultures without
/// the parameter); the draft stays. Returns once readers no longer see it.
/// </summary>
internal static class UnpublishContent
{
    public static async Task<Results<Ok<ContentDetails>, NotFound, ValidationProblem>> HandleAsync(
        string key, string? culture, [AsParameters] EditingServices dependencies, CancellationToken cancellationToken)
    {
        if (!EditorInput.TryParseKey(key, out var nodeKey, out var problem)
            || !EditorInput.TryParseCulture(culture, out var normalized, out problem))
        {
            return problem;
        }

        var now = dependencies.TimeProvider.GetUtcNow();
        await using (var session = await ContentWriteSession.OpenAsync(dependencies.DbFactory, dependencies.WriteLock, cancellationToken))
        {
            if (session.Tree.Find(nodeKey) is not { } node)
            {
                return TypedResults.NotFound();
            }

            var writer = new ContentWriter(session.Tree, dependencies.Catalog, now);
            foreach (var variant in node.Variants.Where(v => normalized is null || v.Culture == normalized))
            {
                writer.Unpublish(node, variant);
            }

            await session.SaveAsync(writer, now, cancellationToken);
        }

        await dependencies.Snapshots.UpdateAsync([nodeKey], cancellationToken);
        await using var db = await dependencies.DbFactory.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok((await ContentDetails.LoadAsync(db, dependencies.Cache, nodeKey, cancellationToken))!);
    }
}
