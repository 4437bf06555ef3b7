using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// The vergelijking column of a measurement file: per indicator the series of other areas
/// (landelijk, regio, peer gemeenten) as benchmarks on waarstaatjegemeente show them. They are
/// drawn as thin lines beside the doel's own figures and never judged.
/// </summary>
public sealed class ComparisonSeries
{
    private readonly Dictionary<string, SortedDictionary<string, List<Measurement>>> _byIndicator = new(StringComparer.Ordinal);

    public static readonly ComparisonSeries None = new();

    public void Add(string indicator, string name, Measurement measurement)
    {
        if (!_byIndicator.TryGetValue(indicator, out var series)) _byIndicator[indicator] = series = new(StringComparer.Ordinal);
        if (!series.TryGetValue(name, out var list)) series[name] = list = [];
        list.Add(measurement);
    }

    /// <summary>The comparison series of an indicator up to the peiljaar, by name, each in time order.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<Measurement> Values)> Of(string indicator, int peiljaar) =>
        _byIndicator.TryGetValue(indicator, out var series)
            ? [.. series.Select(s => (s.Key, (IReadOnlyList<Measurement>)[.. s.Value.Where(m => m.Period.Year <= peiljaar).OrderBy(m => m.Period)]))
                .Where(s => s.Item2.Count > 0)]
            : [];
}
