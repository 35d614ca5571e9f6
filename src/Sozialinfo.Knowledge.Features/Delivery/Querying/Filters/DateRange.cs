using System.Globalization;

namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>
/// A filter value as a half-open span of time [From, To): a date ("2026-03-04") is that whole day in Europe/Zurich;
/// a date-time is one instant (To is one tick later), with its offset (Z or ±hh:mm up to ±14:00) or, without one, in
/// Europe/Zurich. So "updateDate:2026-03-04" matches the whole day and "updateDate&lt;:2026-03-04" includes it.
/// Every date from 0001-01-01 to 9999-12-31 is accepted: a bound whose UTC instant lies outside what a
/// <see cref="DateTimeOffset"/> can hold (0001-01-01 in Zurich is still year 0 in UTC) is clamped to the first or last
/// instant, which changes no answer, because no item can carry such a date.
/// </summary>
internal readonly record struct DateRange(DateTimeOffset From, DateTimeOffset To)
{
    private const int MaxOffsetMinutes = 14 * 60;

    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    public static TimeZoneInfo Zurich { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    public static bool TryParse(string text, out DateRange range)
    {
        var value = RestorePlus(text.Trim());
        var invariant = CultureInfo.InvariantCulture;
        if (DateTime.TryParseExact(value, DateFormats, invariant, DateTimeStyles.None, out var day))
        {
            range = new DateRange(InZurich(day.Ticks), InZurich(day.Ticks + TimeSpan.TicksPerDay));
            return true;
        }

        if (DateTime.TryParseExact(value, LocalFormats, invariant, DateTimeStyles.None, out var local))
        {
            range = Instant(InZurich(local.Ticks));
            return true;
        }

        if (TrySplitOffset(value, out var clock, out var offset)
            && DateTime.TryParseExact(clock, InstantFormats, invariant, DateTimeStyles.None, out var instant))
        {
            range = Instant(Utc(instant.Ticks - offset.Ticks));
            return true;
        }

        range = default;
        return false;
    }

    private static DateRange Instant(DateTimeOffset instant) => new(instant, Utc(instant.UtcTicks + 1));

    /// <summary>The instant of a Zurich wall-clock time given in ticks (up to the end of 9999-12-31).</summary>
    private static DateTimeOffset InZurich(long localTicks)
    {
        var probe = new DateTime(Math.Min(localTicks, DateTime.MaxValue.Ticks), DateTimeKind.Unspecified);
        return Utc(localTicks - Zurich.GetUtcOffset(probe).Ticks);
    }

    private static DateTimeOffset Utc(long utcTicks) =>
        new(Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), TimeSpan.Zero);

    /// <summary>"…Z" or "…±hh:mm" into the clock time and the offset; the offset at most 14 hours, as ISO 8601 has it.</summary>
    private static bool TrySplitOffset(string value, out string clock, out TimeSpan offset)
    {
        clock = value;
        offset = TimeSpan.Zero;
        if (value.EndsWith('Z'))
        {
            clock = value[..^1];
            return true;
        }

        if (value.Length < 6 || value[^6] is not ('+' or '-') || value[^3] != ':'
            || !int.TryParse(value.AsSpan(value.Length - 5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(value.AsSpan(value.Length - 2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes >= 60 || hours * 60 + minutes > MaxOffsetMinutes)
        {
            return false;
        }

        clock = value[..^6];
        offset = TimeSpan.FromMinutes((value[^6] == '-' ? -1 : 1) * (hours * 60 + minutes));
        return true;
    }

    /// <summary>An unencoded "+01:00" in a query string arrives as " 01:00".</summary>
    private static string RestorePlus(string value) =>
        value.Length > 16 && value[^6] == ' ' && value[^3] == ':'
            ? string.Concat(value.AsSpan(0, value.Length - 6), "+", value.AsSpan(value.Length - 5))
            : value;
}
