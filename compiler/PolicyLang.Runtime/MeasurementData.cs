namespace PolicyLang.Runtime;

/// <summary>All measurement series a monitor run gets, by indicator id.</summary>
public sealed class MeasurementData
{
    private readonly Dictionary<string, MeasurementSeries> _series;

    public MeasurementData(IEnumerable<MeasurementSeries> series)
    {
        _series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal);
        foreach (var s in series) _series.Add(s.Indicator, s);
    }

    public IEnumerable<MeasurementSeries> AllSeries => _series.Values;

    /// <summary>The series of an indicator; empty when there are no measurements of it.</summary>
    public MeasurementSeries Series(string indicator) => _series.TryGetValue(indicator, out var s) ? s : MeasurementSeries.Empty;

    /// <summary>The latest year in the data: the default peiljaar.</summary>
    public int? LatestYear => _series.Values.Where(s => s.Count > 0).Select(s => (int?)s[s.Count - 1].Period.Year).Max();
}
