namespace PolicyLang.Runtime;

/// <summary>
/// The measurements of one indicator, ordered by period, at most one per period (the reader
/// rejects duplicates). Immutable after construction.
/// </summary>
/// <remarks>
/// A file may mix years, half years, quarters and months of one indicator: "2019" and "2019-H1"
/// are different periods. They are all kept (<see cref="All"/>, for the report), but per year only
/// the coarsest granularity present is judged (<see cref="UpTo"/>): a yearly figure covers the
/// whole year, so the half-year figures of that year add nothing the year does not say, and two
/// figures that start at the same moment would otherwise both sit at one point of the year axis.
/// </remarks>
public sealed class MeasurementSeries
{
    public static readonly MeasurementSeries Empty = new("", []);

    private readonly Measurement[] _items;
    private readonly Measurement[] _judged;

    private readonly MissingMeasurement[] _missing;

    public MeasurementSeries(string indicator, IEnumerable<Measurement> measurements, IEnumerable<MissingMeasurement>? missing = null)
    {
        Indicator = indicator;
        _items = measurements.ToArray();
        Array.Sort(_items, Order);
        for (var i = 1; i < _items.Length; i++)
            if (_items[i].Period == _items[i - 1].Period)
                throw new ArgumentException($"two measurements of '{indicator}' for period {_items[i].Period}", nameof(measurements));
        _judged = CoarsestPerYear(_items);
        _missing = missing?.ToArray() ?? [];
        Array.Sort(_missing, (a, b) => a.Period.Time.CompareTo(b.Period.Time));
        var periods = new HashSet<Period>(_items.Select(m => m.Period));
        foreach (var m in _missing)
            if (!periods.Add(m.Period))
                throw new ArgumentException($"period {m.Period} of '{indicator}' is both measured and missing, or missing twice", nameof(missing));
    }

    /// <summary>By time on the year axis; at one time, the coarser period first.</summary>
    private static int Order(Measurement a, Measurement b)
    {
        var byTime = a.Period.Time.CompareTo(b.Period.Time);
        return byTime != 0 ? byTime : a.Period.PerYear.CompareTo(b.Period.PerYear);
    }

    private static Measurement[] CoarsestPerYear(Measurement[] sorted)
    {
        var coarsest = new Dictionary<int, int>();
        foreach (var m in sorted)
            coarsest[m.Period.Year] = Math.Min(coarsest.GetValueOrDefault(m.Period.Year, int.MaxValue), m.Period.PerYear);
        return Array.FindAll(sorted, m => m.Period.PerYear == coarsest[m.Period.Year]);
    }

    public string Indicator { get; }
    public int Count => _items.Length;

    /// <summary>The periods the data declare missing (nb, *, …), by time: never judged, always shown.</summary>
    public ReadOnlySpan<MissingMeasurement> Missing => _missing;

    /// <summary>
    /// The latest missing period up to the peiljaar that lies after <paramref name="after"/> (the
    /// latest judged measurement; null when there is none): the doel's latest period is missing.
    /// </summary>
    public MissingMeasurement? MissingAfter(decimal? after, int peiljaar)
    {
        for (var i = _missing.Length - 1; i >= 0; i--)
        {
            var m = _missing[i];
            if (m.Period.Year > peiljaar) continue;
            return after is null || m.Period.Time > after ? m : null;
        }
        return null;
    }
    public Measurement this[int index] => _items[index];

    /// <summary>Every measurement, finer periods of a year with a coarser figure included.</summary>
    public ReadOnlySpan<Measurement> All => _items;

    /// <summary>The judged measurements up to and including the peiljaar (what the monitor may use).</summary>
    public ReadOnlySpan<Measurement> UpTo(int peiljaar)
    {
        var end = _judged.Length;
        while (end > 0 && _judged[end - 1].Period.Year > peiljaar) end--;
        return _judged.AsSpan(0, end);
    }
}
