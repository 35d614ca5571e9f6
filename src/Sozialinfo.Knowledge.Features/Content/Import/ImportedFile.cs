namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>A seed file that passed validation, and what importing it did.</summary>
public sealed record ImportedFile(string Path, Guid Key, string Culture, ImportOutcome Outcome);
