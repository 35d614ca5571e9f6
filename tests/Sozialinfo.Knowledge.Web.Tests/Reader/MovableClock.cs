namespace Sozialinfo.Knowledge.Web.Tests.Reader;

/// <summary>
/// A clock the tests set forwards and backwards (FakeTimeProvider refuses to go back). Timers still run on real time;
/// the reader site only reads the current time.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _utcTicks = new DateTimeOffset(2027, 1, 10, 11, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void SetUtcNow(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
