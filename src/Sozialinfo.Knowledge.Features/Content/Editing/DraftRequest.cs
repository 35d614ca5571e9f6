using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// The body of PUT /api/content/{key} once every field has the JSON type it needs. Omitted (or null) fields are null;
/// an omitted parentKey and sortOrder keep the current values (root and 0 for new content).
/// </summary>
internal sealed record DraftRequest(
    string? Culture,
    string? ContentType,
    Guid? ParentKey,
    string? Name,
    string? Segment,
    int? SortOrder,
    IReadOnlyDictionary<string, RawValue> Properties);
