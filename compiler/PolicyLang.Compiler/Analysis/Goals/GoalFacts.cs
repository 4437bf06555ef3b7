using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;

namespace PolicyLang.Analysis.Goals;

/// <summary>
/// What the rules need to know about one doel, read once: its indicator, baseline, targets,
/// stated direction and the direction it pushes its indicator. Directions are +1 (up), -1 (down)
/// and 0 (hold); null means unknown.
/// </summary>
public sealed record GoalFacts(
    ElementSymbol Doel,
    ElementSymbol? Indicator,
    int? Polarity,
    MeasurementValue? Nulmeting,
    TargetValue? Streefwaarde,
    ImmutableArray<TargetValue> Tussendoelen,
    WordValue? Richting,
    bool DeclaredUnmeasurable)
{
    /// <summary>toename +1, afname -1, behoud 0; null without a richting.</summary>
    public int? StatedDirection => Richting?.Word switch
    {
        "toename" => 1,
        "afname" => -1,
        "behoud" => 0,
        _ => null,
    };

    /// <summary>
    /// The way the doel pushes its indicator: its stated richting; else from the nulmeting to the
    /// streefwaarde; else the streefwaarde's comparator (maximaal pushes down); else, for a target
    /// "at least as good", the indicator's polarity.
    /// </summary>
    public int? Pressure
    {
        get
        {
            if (StatedDirection is { } stated) return stated;
            if (Streefwaarde is { } target)
            {
                if (Nulmeting is { } baseline && target.Quantity.Kind == baseline.Quantity.Kind)
                    return Math.Sign(target.Quantity.Value - baseline.Quantity.Value);
                return target.Comparator switch
                {
                    Comparator.LessOrEqual or Comparator.Less => -1,
                    Comparator.GreaterOrEqual or Comparator.Greater => 1,
                    Comparator.AtLeastAsGood => Polarity,
                    _ => null,
                };
            }
            return null;
        }
    }

    /// <summary>The direction in which the doel counts as better: its indicator's polarity, else its stated richting.</summary>
    public int? Better => Polarity is { } p and not 0 ? p : StatedDirection is { } s and not 0 ? s : null;

    public static GoalFacts Of(SemanticModel model, ElementSymbol doel)
    {
        var indicator = model.Targets(doel, "indicator").FirstOrDefault(t => t.Kind == ElementKind.Indicator);
        return new GoalFacts(
            doel,
            indicator,
            PolarityOf(indicator),
            doel.Value<MeasurementValue>("nulmeting"),
            doel.Value<TargetValue>("streefwaarde"),
            [.. doel.Values<TargetValue>("tussendoel")],
            doel.Value<WordValue>("richting"),
            doel.Value<YesNoValue>("meetbaar") is { Yes: false });
    }

    public static int? PolarityOf(ElementSymbol? indicator) => indicator?.Value<WordValue>("polariteit")?.Word switch
    {
        "hoger is beter" => 1,
        "lager is beter" => -1,
        "neutraal" => 0,
        _ => null,
    };

    /// <summary>Every dated target of the doel: tussendoelen and the streefwaarde.</summary>
    public IEnumerable<TargetValue> DatedTargets =>
        Tussendoelen.Concat(Streefwaarde is null ? [] : [Streefwaarde]).Where(t => t.Year is not null);
}
