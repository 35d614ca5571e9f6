using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Editing;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>
/// PUT /api/content/{key}: creates or updates the draft of one culture, validated like a seed file. The published
/// copy is untouched (readers see nothing until publish); preview shows the draft at once.
/// </summary>
internal static class SaveContent
{
    public static async Task<Results<Ok<ContentDetails>, Created<ContentDetails>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        string key, HttpRequest http, [AsParameters] EditingServices dependencies, CancellationToken cancellationToken)
    {
        if (!EditorInput.TryParseKey(key, out var nodeKey, out var problem))
        {
            return problem;
        }

        var read = await DraftRequestReader.ReadAsync(http, cancellationToken);
        if (read.Request is not { } request)
        {
            return EditorInput.Problem(read.Errors, read.StatusCode);
        }

        var now = dependencies.TimeProvider.GetUtcNow();
        bool created;
        IReadOnlyDictionary<string, RenderedMarkdown> rendered;
        await using (var session = await ContentWriteSession.OpenAsync(dependencies.DbFactory, dependencies.WriteLock, cancellationToken))
        {
            var existing = session.Tree.Find(nodeKey);
            var input = new ContentInput(
                nodeKey,
                request.ContentType ?? existing?.ContentTypeAlias ?? string.Empty,
                request.ParentKey ?? existing?.ParentKey,
                request.Culture ?? Cultures.Default,
                request.Name ?? string.Empty,
                request.Segment,
                request.SortOrder,
                request.Properties);
            var errors = new List<ContentError>();
            var content = new ContentValidator(dependencies.Catalog, dependencies.Options.Value.Markdown).Validate(input, session.Tree, errors);
            if (content is null)
            {
                return EditorInput.Problem(errors, FieldName);
            }

            var writer = new ContentWriter(session.Tree, dependencies.Catalog, now);
            created = writer.SaveDraft(content).Created;
            await session.SaveAsync(writer, now, cancellationToken);
            rendered = content.RenderedMarkdown;
        }

        await dependencies.Snapshots.RememberRenderedAsync(rendered, cancellationToken);

        await dependencies.Snapshots.UpdateAsync([nodeKey], cancellationToken);
        await using var db = await dependencies.DbFactory.CreateDbContextAsync(cancellationToken);
        var details = (await ContentDetails.LoadAsync(db, dependencies.Cache, nodeKey, cancellationToken))!;
        return created ? TypedResults.Created($"/api/content/{nodeKey}", details) : TypedResults.Ok(details);
    }

    private static string FieldName(string field) => field switch
    {
        ContentFields.Type => "contentType",
        ContentFields.Parent => "parentKey",
        _ => field,
    };
}
