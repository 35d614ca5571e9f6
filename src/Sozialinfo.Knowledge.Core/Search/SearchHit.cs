namespace Sozialinfo.Knowledge.Core.Search;

/// <summary>
/// One hit. <see cref="Snippet"/> is HTML-safe: the text is HTML-encoded and only the matched words are wrapped
/// in <c>&lt;mark&gt;</c>, so it can be written into a page unencoded. Title and route are what was indexed; for
/// anything else read the item from the published snapshot by <see cref="Key"/>.
/// </summary>
public sealed record SearchHit(Guid Key, string Culture, float Score, string? Title, string? Route, string ContentType, string? Snippet);
