using Sozialinfo.Knowledge.Core.Content.Published;

namespace Sozialinfo.Knowledge.Web.Reader.Content;

/// <summary>Start and end of an event (properties startDate and endDate).</summary>
internal readonly record struct EventTimes(DateTimeOffset Start, DateTimeOffset? End)
{
    /// <summary>When the event is over: its end, or its start when the end is missing or earlier.</summary>
    public DateTimeOffset Finish => End is { } end && end > Start ? end : Start;

    public static EventTimes? From(PublishedCulture culture) =>
        culture.Properties.TryGetValue("startDate", out var start) && start is DateTimeOffset startDate
            ? new EventTimes(startDate, culture.Properties.TryGetValue("endDate", out var end) && end is DateTimeOffset endDate ? endDate : null)
            : null;

    /// <summary>
    /// Upcoming means "not over yet": a two-day conference that started this morning is still listed, with
    /// registration closed (see <see cref="HasStarted"/>).
    /// </summary>
    public bool IsUpcoming(DateTimeOffset now) => Finish > now;

    public bool HasStarted(DateTimeOffset now) => Start <= now;
}
