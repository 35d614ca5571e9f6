namespace Sozialinfo.Knowledge.Features.Content.Import;

/// <summary>A seed file that was rejected as a whole; nothing of it was imported.</summary>
public sealed record ImportRejection(string Path, IReadOnlyList<ImportError> Errors)
{
    /// <summary>"path:line: reason", one per error, in line order.</summary>
    public IEnumerable<string> Lines => Errors.OrderBy(e => e.Line).Select(e => $"{Path}:{e.Line}: {e.Reason}");
}
