using System.Globalization;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// A filter value as a half-open span of time [From, To): a date ("2026-03-04") is that whole day in Europe/Zurich;
/// a date-time is one instant (To is one tick later), with its offset or, without one, in Europe/Zurich.
/// So "updateDate:2026-03-04" matches the whole day and "updateDate&lt;:2026-03-04" includes it.
/// </summary>
internal readonly record struct DateRange(DateTimeOffset From, DateTimeOffset To)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static TimeZoneInfo Zurich { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    public static bool TryParse(string text, out DateRange range)
    {
        var value = RestorePlus(text.Trim());
        var invariant = CultureInfo.InvariantCulture;
        if (DateTime.TryParseExact(value, DateFormats, invariant, DateTimeStyles.None, out var day))
        {
            range = new DateRange(InZurich(day), InZurich(day.AddDays(1)));
            return true;
        }

        if (DateTime.TryParseExact(value, LocalFormats, invariant, DateTimeStyles.None, out var local))
        {
            range = Instant(InZurich(local));
            return true;
        }

        if (DateTimeOffset.TryParseExact(value, OffsetFormats, invariant, DateTimeStyles.AssumeUniversal, out var instant))
        {
            range = Instant(instant);
            return true;
        }

        range = default;
        return false;
    }

    private static DateRange Instant(DateTimeOffset instant) => new(instant, instant.AddTicks(1));

    private static DateTimeOffset InZurich(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zurich.GetUtcOffset(unspecified));
    }

    /// <summary>An unencoded "+01:00" in a query string arrives as " 01:00".</summary>
    private static string RestorePlus(string value) =>
        value.Length > 16 && value[^6] == ' ' && value[^3] == ':'
            ? string.Concat(value.AsSpan(0, value.Length - 6), "+", value.AsSpan(value.Length - 5))
            : value;
}
