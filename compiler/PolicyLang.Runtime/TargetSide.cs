namespace PolicyLang.Runtime;

/// <summary>
/// Which side of a target is good, as the goal itself says it: <c>maximaal</c>, <c>&lt;=</c> and
/// <c>&lt;</c> are met from below (−1), <c>minimaal</c>, <c>&gt;=</c> and <c>&gt;</c> from above (+1),
/// <c>=</c> by being close (0). Only a target without a comparator ("at least as good") falls back
/// to the doel's better side (<see cref="Norm.BetterSign"/>). The monitor never lets a polarity
/// overrule a written comparator; the checker reports the contradiction instead (PL3020, which
/// reads <see cref="Written"/> too, so the two agree on what a comparator says).
/// </summary>
public static class TargetSide
{
    /// <summary>The side a written comparator states; null for "at least as good" (no comparator).</summary>
    public static int? Written(Comparator comparator) => comparator switch
    {
        Comparator.LessOrEqual or Comparator.Less => -1,
        Comparator.GreaterOrEqual or Comparator.Greater => 1,
        // A bandwidth states no side either: which bound counts depends on where the doel starts (Band).
        Comparator.Equal or Comparator.Between => 0,
        _ => null,
    };

    public static int Of(Norm norm, Target target) => Written(target.Comparator) ?? norm.BetterSign();
}
