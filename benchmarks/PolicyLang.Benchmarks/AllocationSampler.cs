using System.Diagnostics.Tracing;

namespace PolicyLang.Benchmarks;

/// <summary>
/// Samples allocations by type through the runtime's own GC AllocationTick event (one event about
/// every 100 KB allocated, naming the type of the object that crossed the mark), so the benchmark
/// can say what a case allocates without a trace tool. A sample, not an exact count: types are
/// weighted by the bytes between ticks.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private bool _enabled;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_enabled || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var typeIndex = e.PayloadNames?.IndexOf("TypeName") ?? -1;
        var amountIndex = e.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
        if (typeIndex < 0) return;
        var type = e.Payload[typeIndex] as string ?? "?";
        var amount = amountIndex >= 0 && e.Payload[amountIndex] is ulong a ? (long)a : 100_000;
        lock (_bytesByType) _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
    }

    /// <summary>Runs <paramref name="run"/> <paramref name="times"/> times and returns the sampled bytes per type, largest first.</summary>
    public IReadOnlyList<(string Type, long Bytes)> Sample(Func<object?> run, int times)
    {
        lock (_bytesByType) _bytesByType.Clear();
        _enabled = true;
        for (var i = 0; i < times; i++) GC.KeepAlive(run());
        _enabled = false;
        Thread.Sleep(200); // events are dispatched on another thread
        lock (_bytesByType) return [.. _bytesByType.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value))];
    }
}
