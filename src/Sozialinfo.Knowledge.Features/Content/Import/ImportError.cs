namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>Why a seed file was rejected: the 1-based line in the file and a German reason.</summary>
public sealed record ImportError(int Line, string Reason);
