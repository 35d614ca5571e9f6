namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>The serialised default shape of one item in one culture preference, with its ETag and culture.</summary>
internal sealed record CachedItem(byte[] Body, string EntityTag, string Culture)
{
    /// <summary>The ETag header value, quoted once.</summary>
    public string QuotedEntityTag { get; } = $"\"{EntityTag}\"";
}
