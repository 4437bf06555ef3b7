using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

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
    /// <summary>For a <c>norm</c> nested in a doel (issue 13 item 3): the doel it measures; null for a doel itself.</summary>
    public ElementSymbol? Owner { get; init; }

    /// <summary>The name messages use: the doel's, or for a norm "Doel: norm".</summary>
    public string Name => Owner is null ? Doel.DisplayName : $"{Owner.DisplayName}: {Doel.DisplayName}";

    /// <summary>The richting's meaning; null without one.</summary>
    // Computed once: rules read a doel's facts once per pair of doelen (PL3013, PL3019).
    public Direction? Direction { get; } = Richting is { } r && ValueWords.Directions.TryRead(r.Word, out var d) ? d : null;

    /// <summary>toename +1, afname -1, behoud 0; null without a richting.</summary>
    public int? StatedDirection => Direction switch
    {
        Runtime.Direction.Increase => 1,
        Runtime.Direction.Decrease => -1,
        Runtime.Direction.Keep => 0,
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
                // Toward the target from the baseline; a bandwidth counts from its nearer bound (Band, as the monitor).
                if (Nulmeting is { } baseline && target.Quantity.Kind == baseline.Quantity.Kind)
                    return Band.Toward(target.ToNorm(), baseline.Quantity.Value).CompareTo(baseline.Quantity.Value);
                // The side the comparator states (TargetSide, shared with the monitor); "=" pushes nowhere.
                return TargetSide.Written(target.Comparator) switch { null => Polarity, 0 => null, var side => side };
            }
            return null;
        }
    }

    /// <summary>
    /// Which side is better for the doel, and why: the runtime's <see cref="Betterness.Of"/>, the
    /// same definition the monitor judges with, given the same norm the generated code builds.
    /// </summary>
    public BetterSide BetterSide => _betterSide ??= Betterness.Of(
        Polarity switch { 1 => Runtime.Polarity.HigherIsBetter, -1 => Runtime.Polarity.LowerIsBetter, _ => Runtime.Polarity.Neutral },
        Direction,
        Betterness.EffectiveTarget(Streefwaarde is { } s ? NormTarget(s) : null, [.. Tussendoelen.Select(NormTarget)]),
        Nulmeting is { } n ? new Baseline(n.Quantity.Value, n.Period) : null);

    private BetterSide? _betterSide;

    /// <summary>The direction in which the doel counts as better (<see cref="BetterSide"/>); null when no side is.</summary>
    public int? Better => BetterSide.Sign is var sign and not 0 ? sign : null;

    private static Target NormTarget(TargetValue target) => target.ToNorm();

    public static GoalFacts Of(SemanticModel model, ElementSymbol doel)
    {
        var indicator = model.Targets(doel, FieldNames.Indicator).FirstOrDefault(t => t.Kind == ElementKind.Indicator);
        var nulmeting = doel.Value<MeasurementValue>(FieldNames.Nulmeting);
        // Targets relative to the nulmeting are judged as the absolute targets the monitor gets (RelativeTargets);
        // one that cannot be made absolute is PL3062's and no target here.
        return new GoalFacts(
            doel,
            indicator,
            PolarityOf(indicator),
            nulmeting,
            doel.Value<TargetValue>(FieldNames.Streefwaarde) is { } s ? RelativeTargets.Resolve(s, nulmeting) : null,
            [.. doel.Values<TargetValue>(FieldNames.Tussendoel).Select(t => RelativeTargets.Resolve(t, nulmeting)).OfType<TargetValue>()],
            doel.Value<WordValue>(FieldNames.Richting),
            doel.Value<YesNoValue>(FieldNames.Meetbaar) is { Yes: false });
    }

    /// <summary>+1 hoger is beter, -1 lager is beter, 0 neutraal; null without a polariteit.</summary>
    public static int? PolarityOf(ElementSymbol? indicator) =>
        indicator?.Value<WordValue>(FieldNames.Polariteit) is { } word && ValueWords.Polarities.TryRead(word.Word, out var polarity)
            ? polarity switch { Runtime.Polarity.HigherIsBetter => 1, Runtime.Polarity.LowerIsBetter => -1, _ => 0 }
            : null;

    /// <summary>Every dated target of the doel: tussendoelen and the streefwaarde.</summary>
    public IEnumerable<TargetValue> DatedTargets =>
        Tussendoelen.Concat(Streefwaarde is null ? [] : [Streefwaarde]).Where(t => t.Year is not null);
}
