using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Content.Editing;
using Sozialinfo.Knowledge.Features.Content.Snapshot;
using Sozialinfo.Knowledge.Persistence;

namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>
/// Imports every *.md below a folder (README.md files excepted): parses and validates each file completely, applies
/// the valid ones parents first and saves them in one transaction. A rejected file leaves no trace; re-running
/// updates by key and never duplicates.
/// </summary>
internal sealed class SeedContentImporter(
    IDbContextFactory<KnowledgeDbContext> dbFactory,
    DocumentTypeCatalog catalog,
    ContentWriteLock writeLock,
    ContentSnapshotBuilder snapshots,
    TimeProvider timeProvider,
    IOptions<ContentOptions> options,
    ILogger<SeedContentImporter> logger)
{
    public async Task<ImportReport> ImportAsync(string folder, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The import folder '{root}' does not exist.");
        }

        var rejected = new List<ImportRejection>();
        var parsed = await ParseAllAsync(root, rejected, cancellationToken);
        var ordered = ImportOrder.Sort(parsed, rejected);

        var now = timeProvider.GetUtcNow();
        await using var session = await ContentWriteSession.OpenAsync(dbFactory, writeLock, cancellationToken);
        var validator = new ContentValidator(catalog, options.Value.Markdown);
        var writer = new ContentWriter(session.Tree, catalog, now);
        var imported = new List<ImportedFile>();
        var rendered = new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            var errors = new List<ContentError>();
            var content = validator.Validate(file.ToInput(), session.Tree, errors);
            if (content is null)
            {
                rejected.Add(new(file.Path, [.. errors.Select(e => new ImportError(file.LineOf(e.Field), e.Message))]));
                continue;
            }

            foreach (var (text, markdown) in content.RenderedMarkdown)
            {
                rendered.TryAdd(text, markdown);
            }

            var draft = writer.SaveDraft(content, file.CreateDate, file.UpdateDate);
            var published = file.Published && writer.Publish(draft.Node, draft.Variant, file.UpdateDate);
            var outcome = draft.Created ? ImportOutcome.Imported
                : draft.Changed || published ? ImportOutcome.Updated
                : ImportOutcome.Unchanged;
            imported.Add(new(file.Path, content.Key, content.Culture, outcome));
        }

        await session.SaveAsync(writer, now, cancellationToken);

        // The build after an import reuses what validation rendered instead of rendering every text again.
        await snapshots.RememberRenderedAsync(rendered, cancellationToken);
        var report = new ImportReport(root, imported, [.. rejected.OrderBy(r => r.Path, StringComparer.Ordinal)]);
        logger.LogInformation(
            "Imported {Folder}: {Imported} new, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected",
            root, report.Imported, report.Updated, report.Unchanged, report.Rejected.Count);
        foreach (var line in report.Rejected.SelectMany(r => r.Lines))
        {
            logger.LogWarning("Rejected seed file {Reason}", line);
        }

        return report;
    }

    private static async Task<List<SeedFile>> ParseAllAsync(string root, List<ImportRejection> rejected, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(path => !string.Equals(Path.GetFileName(path), "README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var parsed = new List<SeedFile>();
        foreach (var path in files)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var errors = new List<ImportError>();
            var file = FrontMatterParser.Parse(relative, await File.ReadAllTextAsync(path, cancellationToken), errors);
            if (file is null)
            {
                rejected.Add(new(relative, errors));
            }
            else
            {
                parsed.Add(file);
            }
        }

        return parsed;
    }
}
