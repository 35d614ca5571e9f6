using Umbraco.Cms.Core.DeliveryApi;

namespace Sozialinfo.Knowledge.Umbraco.DeliveryApi.Filters;

/// <summary>
/// One parsed <c>filter</c> token of the form <c>prefix:a,b</c> (any value matches) or <c>prefix:!a,b</c> (no value
/// matches), as Umbraco's <c>contentType:</c> filter reads it. The prefix is case-insensitive.
/// </summary>
/// <remarks>
/// A malformed token (no value, an empty value, a value the filter does not accept) is not handled at all, so Umbraco
/// answers 400 "Filter option not found" instead of silently returning nothing.
/// </remarks>
internal sealed record FilterToken(IReadOnlyList<string> Values, bool Negate)
{
    /// <summary>Parses <paramref name="query"/>; <paramref name="normalizeValue"/> returns null for a value it rejects.</summary>
    public static bool TryParse(string query, string prefix, Func<string, string?> normalizeValue, out FilterToken token)
    {
        token = new FilterToken([], false);
        if (!query.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var text = query[prefix.Length..];
        var negate = text.StartsWith('!');
        var parts = (negate ? text[1..] : text).Split(',', StringSplitOptions.TrimEntries);
        var values = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var value = part.Length == 0 || part.StartsWith('!') ? null : normalizeValue(part);
            if (value is null)
            {
                return false;
            }

            if (!values.Contains(value, StringComparer.Ordinal))
            {
                values.Add(value);
            }
        }

        token = new FilterToken(values, negate);
        return true;
    }

    /// <summary>Parses a token that the handler's <c>CanHandle</c> accepted; anything else is a caller error.</summary>
    public static FilterToken Parse(string query, string prefix, Func<string, string?> normalizeValue)
        => TryParse(query, prefix, normalizeValue, out var token)
            ? token
            : throw new ArgumentException($"'{query}' is not a valid '{prefix}' filter; call CanHandle first.", nameof(query));

    /// <summary>The Umbraco filter option for <paramref name="fieldName"/>.</summary>
    public FilterOption ToFilterOption(string fieldName) => new()
    {
        FieldName = fieldName,
        Values = [.. Values],
        Operator = Negate ? FilterOperation.IsNot : FilterOperation.Is,
    };
}
