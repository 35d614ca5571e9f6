using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sozialinfo.Knowledge.Core.Content;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Content;

/// <summary>
/// PUT /api/content/{key}: creates or updates the draft of one culture, validated like a seed file. The published
/// copy is untouched (readers see nothing until publish); preview shows the draft at once.
/// </summary>
internal static class SaveContent
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Omitted parentKey and sortOrder keep the current values (root and 0 for new content).</summary>
    public sealed record Request(
        string? Culture,
        string? ContentType,
        string? ParentKey,
        string? Name,
        string? Segment,
        int? SortOrder,
        Dictionary<string, JsonElement>? Properties);

    public static async Task<Results<Ok<ContentDetails>, Created<ContentDetails>, ValidationProblem>> HandleAsync(
        string key, HttpRequest http, [AsParameters] EditingServices dependencies, CancellationToken cancellationToken)
    {
        if (!EditorInput.TryParseKey(key, out var nodeKey, out var problem))
        {
            return problem;
        }

        var (request, readError) = await ReadAsync(http, cancellationToken);
        if (request is null)
        {
            return EditorInput.Problem("body", readError!);
        }

        Guid? parentKey = null;
        if (!string.IsNullOrWhiteSpace(request.ParentKey))
        {
            if (!Guid.TryParse(request.ParentKey, out var parsedParent))
            {
                return EditorInput.Problem("parentKey", $"«{request.ParentKey}» ist kein gültiger Schlüssel (GUID).");
            }

            parentKey = parsedParent;
        }

        var now = dependencies.TimeProvider.GetUtcNow();
        bool created;
        await using (var session = await ContentWriteSession.OpenAsync(dependencies.DbFactory, dependencies.WriteLock, cancellationToken))
        {
            var existing = session.Tree.Find(nodeKey);
            var input = new ContentInput(
                nodeKey,
                request.ContentType ?? existing?.ContentTypeAlias ?? string.Empty,
                parentKey ?? existing?.ParentKey,
                request.Culture ?? Cultures.Default,
                request.Name ?? string.Empty,
                request.Segment,
                request.SortOrder,
                (request.Properties ?? []).ToDictionary(p => p.Key, p => JsonRawValue.From(p.Value), StringComparer.Ordinal));
            var errors = new List<ContentError>();
            var content = new ContentValidator(dependencies.Catalog).Validate(input, session.Tree, errors);
            if (content is null)
            {
                return EditorInput.Problem(errors, FieldName);
            }

            var writer = new ContentWriter(session.Tree, dependencies.Catalog, now);
            created = writer.SaveDraft(content).Created;
            await session.SaveAsync(writer, now, cancellationToken);
        }

        await dependencies.Snapshots.UpdateAsync([nodeKey], cancellationToken);
        await using var db = await dependencies.DbFactory.CreateDbContextAsync(cancellationToken);
        var details = (await ContentDetails.LoadAsync(db, nodeKey, cancellationToken))!;
        return created ? TypedResults.Created($"/api/content/{nodeKey}", details) : TypedResults.Ok(details);
    }

    private static async Task<(Request? Request, string? Error)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        try
        {
            var request = await JsonSerializer.DeserializeAsync<Request>(http.Body, JsonOptions, cancellationToken);
            return request is null ? (null, "Der Inhalt der Anfrage fehlt.") : (request, null);
        }
        catch (JsonException exception)
        {
            return (null, $"Ungültiges JSON (Zeile {exception.LineNumber + 1}): {exception.Message}");
        }
    }

    private static string FieldName(string field) => field switch
    {
        ContentFields.Type => "contentType",
        ContentFields.Parent => "parentKey",
        _ => field,
    };
}
