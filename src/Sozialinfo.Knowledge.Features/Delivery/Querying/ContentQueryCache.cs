using System.Globalization;
using System.Text;
using Sozialinfo.Knowledge.Features.Http.Caching;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying;

/// <summary>
/// Outcomes of Delivery API queries per snapshot version (the platform's counterpart of Umbraco 17's Delivery API
/// output cache, but emptied by every publish instead of expiring after a duration). Only complete outcomes are
/// kept: no error, and every key of the page found in the snapshot.
/// </summary>
internal sealed class ContentQueryCache() : VersionedAnswerCache<ContentQueryOutcome>(MaxAnswers, MaxKeyChars)
{
    private const int MaxAnswers = 2_000;
    private const int MaxKeyChars = 2_048;

    /// <summary>Everything that shapes an outcome: preview or not, culture, start item, tokens in order, paging.</summary>
    public static string Key(bool preview, ContentQueryRequest request)
    {
        var builder = new StringBuilder(128)
            .Append(preview ? 'P' : 'L').Append('\u0001')
            .Append(request.Culture).Append('\u0001')
            .Append(request.StartItem?.Key.ToString("N")).Append('\u0001')
            .Append(request.Fetch).Append('\u0002');
        foreach (var filter in request.Filters ?? [])
        {
            builder.Append(filter).Append('\u0001');
        }

        builder.Append('\u0002');
        foreach (var sort in request.Sorts ?? [])
        {
            builder.Append(sort).Append('\u0001');
        }

        return builder.Append('\u0002')
            .Append(request.Skip.ToString(CultureInfo.InvariantCulture)).Append('\u0001')
            .Append(request.Take.ToString(CultureInfo.InvariantCulture))
            .ToString();
    }
}
