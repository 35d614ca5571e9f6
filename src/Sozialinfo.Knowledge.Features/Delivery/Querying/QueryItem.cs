using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>A candidate with its culture already looked up and its position in index (tree) order.</summary>
internal readonly record struct QueryItem(PublishedContent Content, PublishedCulture Culture, int Index);
