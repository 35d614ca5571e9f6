namespace Sozialinfo.Knowledge.Core.Content.Nodes;

/// <summary>
/// The form in which timestamps are stored: UTC, truncated to whole microseconds (PostgreSQL's timestamptz
/// precision; SQLite is made to match). Normalise a clock value with <see cref="Normalize"/> before keeping it in
/// memory next to a stored value (ETags, comparisons), so both read the same after a round trip.
/// </summary>
public static class StorageTime
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var utcTicks = value.UtcTicks;
        return new DateTimeOffset(utcTicks - (utcTicks % TicksPerMicrosecond), TimeSpan.Zero);
    }
}
