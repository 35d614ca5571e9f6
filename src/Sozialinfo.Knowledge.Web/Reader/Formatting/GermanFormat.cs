using System.Globalization;

namespace Sozialinfo.Knowledge.Web.Reader.Formatting;

/// <summary>
/// Swiss German display formats for the reader site: dates dd.MM.yyyy in Europe/Zurich, times "09:00 Uhr", prices in
/// CHF with the Swiss apostrophe as thousands separator. Written out by hand so the output does not depend on the ICU
/// data installed on the server.
/// </summary>
internal static class GermanFormat
{
    private static readonly string[] Weekdays =
        ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    private static readonly NumberFormatInfo SwissNumbers = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = "\u2019",
        NumberGroupSizes = [3],
    };

    public static TimeZoneInfo Zurich { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    public static DateTimeOffset ToZurich(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zurich);

    /// <summary>"04.02.2027".</summary>
    public static string Date(DateTimeOffset instant) =>
        ToZurich(instant).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A machine-readable value for the datetime attribute of a time element.</summary>
    public static string IsoDateTime(DateTimeOffset instant) =>
        ToZurich(instant).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    public static string IsoDate(DateTimeOffset instant) =>
        ToZurich(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Donnerstag, 04.02.2027".</summary>
    public static string DayAndDate(DateTimeOffset instant) =>
        $"{Weekdays[(int)ToZurich(instant).DayOfWeek]}, {Date(instant)}";

    /// <summary>"09:00".</summary>
    public static string Time(DateTimeOffset instant) =>
        ToZurich(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Donnerstag, 04.02.2027, 09:00–16:30 Uhr" on one day; "Donnerstag, 20.05.2027, 09:00 Uhr bis Freitag,
    /// 21.05.2027, 16:00 Uhr" over several days.
    /// </summary>
    public static string DateTimeRange(DateTimeOffset start, DateTimeOffset? end)
    {
        if (end is not { } finish || finish <= start)
        {
            return $"{DayAndDate(start)}, {Time(start)} Uhr";
        }

        return ToZurich(start).Date == ToZurich(finish).Date
            ? $"{DayAndDate(start)}, {Time(start)}\u2013{Time(finish)} Uhr"
            : $"{DayAndDate(start)}, {Time(start)} Uhr bis {DayAndDate(finish)}, {Time(finish)} Uhr";
    }

    /// <summary>"CHF 1’200.00"; zero is "kostenlos".</summary>
    public static string Price(decimal amount) =>
        amount == 0m ? "kostenlos" : $"CHF {amount.ToString("#,##0.00", SwissNumbers)}";

    /// <summary>"5 Min. Lesezeit"; never less than one minute.</summary>
    public static string ReadingTime(int minutes) => $"{Math.Max(1, minutes)} Min. Lesezeit";

    public static string ArticleCount(int count) => count == 1 ? "1 Artikel" : $"{count} Artikel";

    public static string Places(long capacity) => capacity == 1 ? "1 Platz" : $"{capacity} Plätze";

    /// <summary>The event formats of the document type (praesenz, online, hybrid) as readers say them.</summary>
    public static string EventFormat(string? format) => format switch
    {
        "praesenz" => "Präsenz",
        "online" => "Online",
        "hybrid" => "Hybrid (vor Ort und online)",
        null or "" => "nicht angegeben",
        _ => format,
    };
}
