using Sozialinfo.Knowledge.Core.Content.Published;

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

    public static QueryOptionResult<FilterOption> Build(
        string filter, string field, Func<PublishedContent, PublishedCulture, DateTimeOffset> value)
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
                $"'{filter}': unknown operator; use {field}: :! > >: < or <: followed by a date, e.g. {field}>:2026-01-01.");
        }

        var length = known is DateOperator.Is or DateOperator.GreaterThan or DateOperator.LessThan ? 1 : 2;
        return DateRange.TryParse(rest[length..].ToString(), out var range)
            ? new Option(known, range, value)
            : ContentQueryErrors.InvalidFilterValue(
                $"'{filter}': not a date; use yyyy-MM-dd or an ISO 8601 date-time such as 2026-01-01T08:00:00+01:00.");
    }

    private sealed class Option(DateOperator op, DateRange range, Func<PublishedContent, PublishedCulture, DateTimeOffset> value)
        : FilterOption
    {
        public override bool IsMatch(PublishedContent content, PublishedCulture culture) => range.Matches(op, value(content, culture));
    }
}
