using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Binding.Values;

/// <summary>Why a target relative to the nulmeting has no value.</summary>
public enum RelativeGap { None, NoBaseline, UnitMismatch, TooLarge }

/// <summary>
/// Targets stated relative to the nulmeting (issue 13 item 6), made absolute in one place: the
/// checker (GoalFacts) and the emitter both call <see cref="Resolve"/>, so the rules judge exactly
/// the target the monitor judges. An amount in percent is relative to the nulmeting ("15% minder
/// dan de nulmeting" of 410 is 348,5, and of 60% is 51%); an amount of the nulmeting's own kind is
/// absolute ("afname van 200"), and a plain number on a percentage is percentage points.
/// </summary>
public static class RelativeTargets
{
    public static TargetValue? Resolve(TargetValue target, MeasurementValue? baseline) => Resolve(target, baseline, out _);

    /// <summary>The absolute target; a target that is not relative is returned as it is. Null, with the reason, when it cannot be made absolute.</summary>
    public static TargetValue? Resolve(TargetValue target, MeasurementValue? baseline, out RelativeGap gap)
    {
        gap = RelativeGap.None;
        if (target.Relative is not { } relative) return target;
        if (baseline is null) { gap = RelativeGap.NoBaseline; return null; }
        var b = baseline.Quantity;
        try
        {
            (Comparator Comparator, decimal Value)? resolved = relative.Relation switch
            {
                RelativeWord.SameAs => (target.Comparator == Comparator.AtLeastAsGood ? Comparator.Equal : target.Comparator, b.Value),
                RelativeWord.AtLeastSame => (Comparator.GreaterOrEqual, b.Value),
                RelativeWord.AtMostSame => (Comparator.LessOrEqual, b.Value),
                RelativeWord.Less or RelativeWord.Decrease => Changed(b, relative.Amount, -1) is { } v ? (target.Comparator, v) : null,
                RelativeWord.More or RelativeWord.Increase => Changed(b, relative.Amount, 1) is { } v ? (target.Comparator, v) : null,
                _ => null,
            };
            if (resolved is not { } r) { gap = RelativeGap.UnitMismatch; return null; }
            if (Math.Abs(r.Value) > Quantity.MaxMagnitude) { gap = RelativeGap.TooLarge; return null; }
            return target with { Comparator = r.Comparator, Quantity = new Quantity(WithoutTrailingZeros(r.Value), b.Kind) };
        }
        catch (OverflowException)
        {
            gap = RelativeGap.TooLarge;
            return null;
        }
    }

    private static decimal? Changed(Quantity baseline, Quantity? amount, int sign)
    {
        if (amount is not { } a) return null;
        if (a.Kind == QuantityKind.Percentage) return baseline.Value * (1 + sign * a.Value / 100);
        if (a.Kind == baseline.Kind || (a.Kind == QuantityKind.Number && baseline.Kind == QuantityKind.Percentage)) return baseline.Value + sign * a.Value;
        return null;
    }

    /// <summary>
    /// 410 × 1,05 is 430,50 in decimal arithmetic: the trailing zero would claim a precision
    /// (DisplayPrecision reads a figure's scale) that nobody wrote.
    /// </summary>
    internal static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;
}
