using Sozialinfo.Knowledge.Core.Search.Listing;
using Sozialinfo.Knowledge.Features.Http;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// Parses "{field}{operator}{date}" for the date filters (Umbraco's ContainsFilterBase, without a regex). A filter
/// named like the field is recognised whatever follows, so an unknown operator or a bad date answers 400
/// "Invalid filter value" instead of "Filter option not found".
/// </summary>
internal static class DateFilterParser
{
    public static bool CanHandle(string query, string field) =>
        query.StartsWith(field, StringComparison.OrdinalIgnoreCase)
        && (query.Length == field.Length || !char.IsLetterOrDigit(query[field.Length]));

    public static QueryOptionResult<ContentIndexFilter> Build(string filter, string field, ContentIndexField indexField)
    {
        var rest = filter.AsSpan(field.Length);
        DateOperator? op = rest switch
        {
            [':', '!', ..] => DateOperator.IsNot,
            [':', ..] => DateOperator.Is,
            ['>', ':', ..] => DateOperator.GreaterThanOrEqual,
            ['>', ..] => DateOperator.GreaterThan,
            ['<', ':', ..] => DateOperator.LessThanOrEqual,
            ['<', ..] => DateOperator.LessThan,
            _ => null,
        };
        if (op is not { } known)
        {
            return ContentQueryErrors.InvalidFilterValue(
                $"'{InputEcho.Quote(filter)}': unknown operator; use {field}: :! > >: < or <: followed by a date, e.g. {field}>:2026-01-01.");
        }

        var length = known is DateOperator.Is or DateOperator.GreaterThan or DateOperator.LessThan ? 1 : 2;
        return DateRange.TryParse(rest[length..].ToString(), out var range)
            ? ToFilter(indexField, known, range)
            : ContentQueryErrors.InvalidFilterValue(
                $"'{InputEcho.Quote(filter)}': not a date; use yyyy-MM-dd (0001-01-01 to 9999-12-31) or an ISO 8601 date-time such as 2026-01-01T08:00:00+01:00 (offsets up to ±14:00).");
    }

    /// <summary>Each operator as a half-open span of the date field; "is not" is the negated span.</summary>
    private static ContentIndexDateFilter ToFilter(ContentIndexField field, DateOperator op, DateRange range) => op switch
    {
        DateOperator.Is => new(field, range.From, range.To),
        DateOperator.IsNot => new(field, range.From, range.To, Negate: true),
        DateOperator.GreaterThan => new(field, range.To, null),
        DateOperator.GreaterThanOrEqual => new(field, range.From, null),
        DateOperator.LessThan => new(field, null, range.From),
        _ => new(field, null, range.To),
    };
}
