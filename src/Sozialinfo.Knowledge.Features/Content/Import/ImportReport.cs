namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>The result of one import run: every accepted file with its outcome and every rejected file with reasons.</summary>
public sealed record ImportReport(string Folder, IReadOnlyList<ImportedFile> Files, IReadOnlyList<ImportRejection> Rejected)
{
    public int Imported => Files.Count(f => f.Outcome == ImportOutcome.Imported);

    public int Updated => Files.Count(f => f.Outcome == ImportOutcome.Updated);

    public int Unchanged => Files.Count(f => f.Outcome == ImportOutcome.Unchanged);

    public bool HasChanges => Imported + Updated > 0;
}
