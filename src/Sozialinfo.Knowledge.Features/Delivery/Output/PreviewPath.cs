namespace Sozialinfo.Knowledge.Features.Delivery.Output;

/// <summary>Umbraco's preview route for never-published content: "/preview-{key}/" (Constants.DeliveryApi.Routing).</summary>
internal static class PreviewPath
{
    public const string Prefix = "preview-";

    public static string For(Guid key) => $"/{Prefix}{key:D}/";

    /// <summary>Reads "preview-{key}" (one segment, slashes ignored) back into the key.</summary>
    public static bool TryRead(string path, out Guid key)
    {
        var trimmed = path.AsSpan().Trim('/');
        key = Guid.Empty;
        return trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParseExact(trimmed[Prefix.Length..], "D", out key);
    }
}
