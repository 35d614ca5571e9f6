using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Sozialinfo.Knowledge.Core.Content.Published;
using Sozialinfo.Knowledge.Features.Delivery.Output;
using Sozialinfo.Knowledge.Features.Http.ApiKeys;

namespace Sozialinfo.Knowledge.Features.Delivery.Requests;

/// <summary>
/// Turns the Delivery API headers into a <see cref="DeliveryRequestContext"/>, or into the failure Umbraco answers:
/// 404 when the API is off, 401 (empty) for preview or non-public access without a valid key (429 with a problem detail
/// after too many wrong ones, see <see cref="ApiKeyGuard"/>), 404 with a JSON string for an unknown Start-Item. Every
/// response gets the Vary header and keeps its empty body (no status-code page).
/// </summary>
internal sealed class DeliveryRequestReader
{
    private static readonly byte[] StartItemNotFoundBody = Encoding.UTF8.GetBytes("\"The Start-Item could not be found\"");

    private readonly PublishedContentCache _cache;
    private readonly DeliveryApiOptions _options;
    private readonly ApiKeyGuard _keys;

    public DeliveryRequestReader(PublishedContentCache cache, IOptions<DeliveryApiOptions> options, ContentTypeAccess access, ApiKeyGuard keys)
    {
        _cache = cache;
        HiddenTypeFilters = access.QueryFilters;
        _options = options.Value;
        _keys = keys;
    }

    /// <summary>Filters that keep hidden document types out of queries.</summary>
    public IReadOnlyList<string> HiddenTypeFilters { get; }

    /// <summary>The largest take (and number of ids) a request may ask for.</summary>
    public int MaxTake => _options.MaxTake;

    public bool TryRead(HttpContext http, DeliveryHeaders headers, out DeliveryRequestContext context, out IResult failure)
    {
        http.Response.Headers.Vary = DeliveryHeaders.Vary;
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        context = null!;
        failure = null!;
        if (!_options.Enabled)
        {
            failure = TypedResults.NotFound();
            return false;
        }

        var preview = bool.TryParse(headers.Preview, out var previewValue) && previewValue;
        if ((preview || !_options.PublicAccess) && _keys.Check(http, headers.ApiKey) is { IsAccepted: false } check)
        {
            failure = check.Failure;
            return false;
        }

        var snapshot = _cache.Get(preview);
        PublishedContent? startItem = null;
        if (!string.IsNullOrWhiteSpace(headers.StartItem))
        {
            startItem = FindStartItem(snapshot, headers.StartItem);
            if (startItem is null)
            {
                failure = new JsonBytesResult(StartItemNotFoundBody, StatusCodes.Status404NotFound);
                return false;
            }
        }

        context = new DeliveryRequestContext(snapshot, preview, AcceptLanguageParser.Parse(headers.AcceptLanguage), startItem);
        return true;
    }

    /// <summary>Umbraco's rule: a GUID names any item, anything else is the URL segment of a root.</summary>
    private static PublishedContent? FindStartItem(ContentSnapshot snapshot, string header)
    {
        var value = header.Trim().Trim('/');
        if (Guid.TryParse(value, out var key))
        {
            return snapshot.GetByKey(key);
        }

        return snapshot.Roots.FirstOrDefault(root => root.Cultures.Values.Any(
            c => string.Equals(c.UrlSegment, value, StringComparison.OrdinalIgnoreCase)));
    }
}
