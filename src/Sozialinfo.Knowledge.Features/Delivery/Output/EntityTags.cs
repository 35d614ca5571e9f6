using System.Security.Cryptography;
using System.Text;
using Sozialinfo.Knowledge.Features.Delivery.Requests;

namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>
/// ETags of Delivery API responses: snapshot version, preview, accepted cultures and the request shape. The snapshot
/// version changes with every publish, so a tag changes exactly when the body can change.
/// </summary>
internal static class EntityTags
{
    public static string Item(DeliveryRequestContext request, Guid key, OutputShape shape)
    {
        var tag = $"{Prefix(request)}-{key:N}-{request.Cultures.Key}";
        return shape.IsDefault ? tag : $"{tag}-{shape.Tag}";
    }

    /// <summary>A list tag: the request parts are hashed, since fetch/filter/sort strings may hold any character.</summary>
    public static string List(DeliveryRequestContext request, string kind, IEnumerable<string?> parts)
    {
        var text = string.Join('\n', parts.Select(p => p ?? "\u0000"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return $"{Prefix(request)}-{kind}-{request.Cultures.Key}-{Convert.ToHexStringLower(hash, 0, 12)}";
    }

    private static string Prefix(DeliveryRequestContext request) =>
        request.Preview ? $"p{request.Snapshot.Version}" : $"v{request.Snapshot.Version}";
}
