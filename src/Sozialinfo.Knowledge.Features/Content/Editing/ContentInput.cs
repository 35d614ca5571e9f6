using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// One culture of one content node as an editor hands it in (a seed file or the editor API), before validation.
/// <see cref="SortOrder"/> null keeps the current order (0 for new content).
/// </summary>
internal sealed record ContentInput(
    Guid Key,
    string ContentType,
    Guid? ParentKey,
    string Culture,
    string Name,
    string? Segment,
    int? SortOrder,
    IReadOnlyDictionary<string, RawValue> Properties);
