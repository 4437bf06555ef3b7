namespace PolicyLang.Runtime;

/// <summary>
/// The measurements of one indicator, ordered by period, at most one per period (the reader
/// rejects duplicates). Immutable after construction.
/// </summary>
public sealed class MeasurementSeries
{
    public static readonly MeasurementSeries Empty = new("", []);

    private readonly Measurement[] _items;

    public MeasurementSeries(string indicator, IEnumerable<Measurement> measurements)
    {
        Indicator = indicator;
        _items = measurements.ToArray();
        Array.Sort(_items, (a, b) => a.Period.CompareTo(b.Period));
        for (var i = 1; i < _items.Length; i++)
            if (_items[i].Period.Time == _items[i - 1].Period.Time)
                throw new ArgumentException($"two measurements of '{indicator}' for period {_items[i].Period}", nameof(measurements));
    }

    public string Indicator { get; }
    public int Count => _items.Length;
    public Measurement this[int index] => _items[index];
    public ReadOnlySpan<Measurement> All => _items;

    /// <summary>The measurements up to and including the peiljaar (what the monitor may use).</summary>
    public ReadOnlySpan<Measurement> UpTo(int peiljaar)
    {
        var end = _items.Length;
        while (end > 0 && _items[end - 1].Period.Year > peiljaar) end--;
        return _items.AsSpan(0, end);
    }
}
