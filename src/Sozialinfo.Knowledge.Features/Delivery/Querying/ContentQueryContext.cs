using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>What a handler may look at while it builds its option: the snapshot, the request culture, the start item.</summary>
internal sealed record ContentQueryContext(ContentSnapshot Snapshot, string Culture, PublishedContent? StartItem);
