using System.Text.Json.Nodes;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>
/// Content that passed validation, with values in storage form. <see cref="InvariantValues"/> is null for a
/// translation, which takes the shared values from the default culture. <see cref="RenderedMarkdown"/> holds what
/// validation rendered, for the snapshot build (so a save renders its text once).
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
    IReadOnlyDictionary<string, JsonNode?>? InvariantValues)
{
    /// <summary>Every Markdown text of the values, as validation rendered it.</summary>
    public IReadOnlyDictionary<string, RenderedMarkdown> RenderedMarkdown { get; init; } = new Dictionary<string, RenderedMarkdown>();
}
