using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>
/// What to answer for a request path: a page (with its validators, rendered only after the conditional-GET check),
/// a permanent redirect, the German 404 page, or nothing (a path reserved for the APIs).
/// </summary>
internal sealed record ReaderResolution(
    ReaderResolutionKind Kind,
    ReaderIndex Index,
    PublishedContent? Item = null,
    PublishedCulture? Culture = null,
    string? Location = null,
    string? EntityTag = null,
    DateTimeOffset LastModified = default,
    DateTimeOffset Now = default);
