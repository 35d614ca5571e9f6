namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// The value part of a filter token: "a,b" (any of them: OR between comma-separated values) or "!a,b" (none of them).
/// Values are trimmed; empty ones are dropped.
/// </summary>
internal sealed class FilterValues
{
    private FilterValues(bool negate, string[] values)
    {
        Negate = negate;
        Values = values;
    }

    public bool Negate { get; }

    public string[] Values { get; }

    /// <summary>Null when no value is left.</summary>
    public static FilterValues? Parse(string raw)
    {
        var negate = raw.StartsWith('!');
        var values = (negate ? raw[1..] : raw).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return values.Length == 0 ? null : new FilterValues(negate, values);
    }
}
