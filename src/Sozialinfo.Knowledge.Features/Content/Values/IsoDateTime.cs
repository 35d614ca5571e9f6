using System.Globalization;
using System.Text.RegularExpressions;

namespace Sozialinfo.Knowledge.Features.Content.Values;

/// <summary>
/// ISO 8601 dates as editors write them: with an offset ("2026-03-02T09:15:00+01:00", "…Z"), or without one,
/// which then means local time in Europe/Zurich. The stored form keeps the offset.
/// </summary>
internal static partial class IsoDateTime
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var trimmed = text.Trim();
        if (!IsoStart().IsMatch(trimmed)
            || !DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            // 0001-01-01T00:00 in Zurich lies before the first UTC instant a DateTimeOffset can hold.
            var offset = Zurich.GetUtcOffset(parsed);
            var utcTicks = parsed.Ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            value = new DateTimeOffset(parsed, offset);
            return true;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>"2026-03-02T09:15:00+01:00"; fractions of a second only when there are any.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "O", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}($|[T ])")]
    private static partial Regex IsoStart();
}
