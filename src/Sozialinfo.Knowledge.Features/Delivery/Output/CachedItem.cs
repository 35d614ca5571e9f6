using Sozialinfo.Knowledge.Features.Http.Compression;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// The serialised default shape of one item in one culture preference, with its ETag and culture. The body keeps its
/// compressed forms once a client has asked for them.
/// </summary>
internal sealed record CachedItem(EncodedBody Body, string EntityTag, string Culture)
{
    public CachedItem(byte[] body, string entityTag, string culture)
        : this(new EncodedBody(body, entityTag), entityTag, culture)
    {
    }

    /// <summary>The ETag header value, quoted once.</summary>
    public string QuotedEntityTag => Body.Identity.QuotedEntityTag;
}
