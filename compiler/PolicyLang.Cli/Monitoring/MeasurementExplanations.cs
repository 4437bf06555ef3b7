using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// The toelichting column of a measurement file: per indicator and period the explanation the raad
/// asks for a rood or oranje doel (oorzaak, gevolg, bijsturing), as the controller wrote it.
/// </summary>
public sealed class MeasurementExplanations
{
    private readonly Dictionary<string, SortedDictionary<Period, string>> _byIndicator = new(StringComparer.Ordinal);

    public static readonly MeasurementExplanations None = new();

    public void Add(string indicator, Period period, string text)
    {
        if (!_byIndicator.TryGetValue(indicator, out var periods)) _byIndicator[indicator] = periods = [];
        periods[period] = text;
    }

    public int Count => _byIndicator.Values.Sum(p => p.Count);

    /// <summary>The explanations of an indicator up to the peiljaar, oldest first.</summary>
    public IReadOnlyList<PeriodExplanation> Of(string indicator, int peiljaar) =>
        _byIndicator.TryGetValue(indicator, out var periods)
            ? [.. periods.Where(p => p.Key.Year <= peiljaar).Select(p => new PeriodExplanation(p.Key.ToString(), p.Key.Year, p.Value))]
            : [];
}

public sealed record PeriodExplanation(string Period, int Year, string Text);
