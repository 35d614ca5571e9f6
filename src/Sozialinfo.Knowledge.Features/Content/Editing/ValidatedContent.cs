using System.Text.Json.Nodes;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Content that passed validation, with values in storage form. <see cref="InvariantValues"/> is null for a
/// translation, which takes the shared values from the default culture.
/// </summary>
internal sealed record ValidatedContent(
    Guid Key,
    DocumentType Type,
    Guid? ParentKey,
    string Culture,
    string Name,
    string Segment,
    int? SortOrder,
    IReadOnlyDictionary<string, JsonNode?> VariantValues,
    IReadOnlyDictionary<string, JsonNode?>? InvariantValues);
