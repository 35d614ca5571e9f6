using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Sorts;

/// <summary>
/// Parses "{field}", "{field}:asc" or "{field}:desc" (direction case-insensitive, default ascending). Umbraco reads
/// anything not starting with a lower-case "asc" as descending, so "name:ASC" sorts backwards there; here an unknown
/// direction is a 400.
/// </summary>
internal static class SortTokenParser
{
    public static bool CanHandle(string query, string field) =>
        query.StartsWith(field, StringComparison.OrdinalIgnoreCase)
        && (query.Length == field.Length || query[field.Length] == ':');

    public static QueryOptionResult<ContentIndexSort> Build(string sort, string field, ContentIndexField indexField)
    {
        var direction = sort.Length == field.Length ? "asc" : sort[(field.Length + 1)..].Trim();
        if (direction.Equals("asc", StringComparison.OrdinalIgnoreCase))
        {
            return new ContentIndexSort(indexField);
        }

        if (direction.Equals("desc", StringComparison.OrdinalIgnoreCase))
        {
            return new ContentIndexSort(indexField, Descending: true);
        }

        return ContentQueryErrors.InvalidSortValue($"'{InputEcho.Quote(sort)}': the direction must be asc or desc, e.g. {field}:desc.");
    }
}
