using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Features.Content.Editing;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>
/// POST /api/content/{key}/publish?culture=: copies the draft of one culture (all cultures without the parameter)
/// to the published copy after checking mandatory properties and that its Markdown renders, and returns once readers
/// see it.
/// </summary>
internal static class PublishContent
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

            var variants = node.Variants.Where(v => normalized is null || v.Culture == normalized).ToList();
            if (variants.Count == 0)
            {
                return EditorInput.Problem("culture", $"Für {normalized} gibt es keinen Entwurf, der veröffentlicht werden könnte.");
            }

            if (dependencies.Catalog.Find(node.ContentTypeAlias) is not { } type)
            {
                return EditorInput.Problem("contentType", $"Der Dokumenttyp «{node.ContentTypeAlias}» ist nicht mehr definiert.");
            }

            // A draft stored before the Markdown limits (or under higher ones) is refused here, never published.
            var limits = dependencies.Options.Value.Markdown;
            var refused = variants
                .SelectMany(v =>
                {
                    var values = PropertyBag.Parse(v.PropertiesJson);
                    return ContentValidator.MissingMandatory(type, values)
                        .Select(e => e with { Message = variants.Count > 1 ? $"{v.Culture}: {e.Message}" : e.Message })
                        .Concat(ContentValidator.Unrenderable(type, values, v.Culture, limits));
                })
                .ToList();
            if (refused.Count > 0)
            {
                return EditorInput.Problem(refused);
            }

            var writer = new ContentWriter(session.Tree, dependencies.Catalog, now);
            foreach (var variant in variants)
            {
                writer.Publish(node, variant);
            }

            await session.SaveAsync(writer, now, cancellationToken);
        }

        await dependencies.Snapshots.UpdateAsync([nodeKey], cancellationToken);
        await using var db = await dependencies.DbFactory.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok((await ContentDetails.LoadAsync(db, dependencies.Cache, nodeKey, cancellationToken))!);
    }
}
