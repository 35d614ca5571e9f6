using Sozialinfo.Knowledge.Core.Content.Nodes;

namespace Sozialinfo.Knowledge.Features.Content.Editing;

/// <summary>The outcome of saving a draft: the node and variant, whether the variant is new, whether anything changed.</summary>
internal sealed record DraftSaved(ContentNode Node, ContentVariant Variant, bool Created, bool Changed);
