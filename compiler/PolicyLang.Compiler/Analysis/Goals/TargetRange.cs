using PolicyLang.Binding.Values;
using PolicyLang.Runtime;

namespace PolicyLang.Analysis.Goals;

/// <summary>
/// The values a target allows, as an interval: "maximaal 370" is (-∞, 370]. A target without a
/// comparator ("at least as good") takes its side from the indicator's polarity.
/// </summary>
public readonly record struct TargetRange(decimal? Low, bool LowIncluded, decimal? High, bool HighIncluded)
{
    public static TargetRange? Of(TargetValue target, int? polarity)
    {
        var v = target.Quantity.Value;
        return target.Comparator switch
        {
            Comparator.LessOrEqual => new(null, false, v, true),
            Comparator.Less => new(null, false, v, false),
            Comparator.GreaterOrEqual => new(v, true, null, false),
            Comparator.Greater => new(v, false, null, false),
            Comparator.Equal => new(v, true, v, true),
            Comparator.Between => new(v, true, target.Upper?.Value ?? v, true),
            _ => polarity switch
            {
                > 0 => new(v, true, null, false),
                < 0 => new(null, false, v, true),
                _ => null,
            },
        };
    }

    /// <summary>True when some value satisfies both targets.</summary>
    public bool Overlaps(TargetRange other)
    {
        var (low, lowIn) = Max(Low, LowIncluded, other.Low, other.LowIncluded);
        var (high, highIn) = Min(High, HighIncluded, other.High, other.HighIncluded);
        if (low is null || high is null) return true;
        return low < high || (low == high && lowIn && highIn);
    }

    private static (decimal?, bool) Max(decimal? a, bool aIn, decimal? b, bool bIn) =>
        a is null ? (b, bIn) : b is null ? (a, aIn) : a > b ? (a, aIn) : b > a ? (b, bIn) : (a, aIn && bIn);

    private static (decimal?, bool) Min(decimal? a, bool aIn, decimal? b, bool bIn) =>
        a is null ? (b, bIn) : b is null ? (a, aIn) : a < b ? (a, aIn) : b < a ? (b, bIn) : (a, aIn && bIn);
}
