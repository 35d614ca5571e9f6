using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Sozialinfo.Knowledge.Benchmarks.Search;

/// <summary>Samples the runtime's allocation ticks (one per ~100 KB allocated) by type, for finding what a query allocates.</summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTickEvent = 10;

    public ConcurrentDictionary<string, long> BytesByType { get; } = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTickEvent || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload![eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        BytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
