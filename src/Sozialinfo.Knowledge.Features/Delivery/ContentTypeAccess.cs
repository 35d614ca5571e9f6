using Microsoft.Extensions.Options;

namespace Sozialinfo.Knowledge.Features.Delivery;

/// <summary>
/// Which document types the Delivery API may output (Umbraco's DisallowedContentTypeAliases and
/// AllowedContentTypeAliases): a hidden type is a 404 as an item and is left out of queries and pickers.
/// </summary>
internal sealed class ContentTypeAccess
{
    private readonly HashSet<string> _disallowed;
    private readonly HashSet<string> _allowed;

    public ContentTypeAccess(IOptions<DeliveryApiOptions> options)
    {
        _disallowed = new HashSet<string>(options.Value.DisallowedContentTypeAliases, StringComparer.OrdinalIgnoreCase);
        _allowed = new HashSet<string>(options.Value.AllowedContentTypeAliases, StringComparer.OrdinalIgnoreCase);
        QueryFilters = BuildQueryFilters(options.Value);
    }

    /// <summary>
    /// The same rule as query filters: one "contentType:!alias" per hidden type (filter parameters are ANDed) and one
    /// "contentType:a,b" for an allow-list (comma-separated values are ORed), so totals and paging stay exact.
    /// </summary>
    public IReadOnlyList<string> QueryFilters { get; }

    public bool IsAllowed(string contentType) =>
        !_disallowed.Contains(contentType) && (_allowed.Count == 0 || _allowed.Contains(contentType));

    private static string[] BuildQueryFilters(DeliveryApiOptions options)
    {
        var filters = options.DisallowedContentTypeAliases.Select(alias => $"contentType:!{alias}").ToList();
        if (options.AllowedContentTypeAliases.Count > 0)
        {
            filters.Add($"contentType:{string.Join(',', options.AllowedContentTypeAliases)}");
        }

        return [.. filters];
    }
}
