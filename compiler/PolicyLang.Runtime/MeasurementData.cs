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

    /// <summary>The latest year in the data, a period declared missing included (its doelen then say so): the default peiljaar.</summary>
    public int? LatestYear => _series.Values.Select(Latest).Max();

    private static int? Latest(MeasurementSeries s)
    {
        int? measured = s.Count > 0 ? s[s.Count - 1].Period.Year : null;
        int? missing = s.Missing.Length > 0 ? s.Missing[^1].Period.Year : null;
        return measured is null ? missing : missing is null ? measured : Math.Max(measured.Value, missing.Value);
    }
}
