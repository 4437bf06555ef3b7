namespace PolicyLang.Runtime;

/// <summary>Which way is better for an indicator.</summary>
public enum Polarity { HigherIsBetter, LowerIsBetter, Neutral }

/// <summary>A direction-only goal: "neemt toe", "neemt af", "blijft minimaal gelijk".</summary>
public enum Direction { Increase, Decrease, Keep }

/// <summary>
/// How a target is met. AtLeastAsGood: at least the value, in the indicator's polarity. Between:
/// a bandwidth ("tussen 65% en 70%"), from <see cref="Target.Value"/> to <see cref="Target.Upper"/>
/// inclusive (<see cref="Band"/>).
/// </summary>
public enum Comparator { AtLeastAsGood, LessOrEqual, Less, GreaterOrEqual, Greater, Equal, Between }

/// <summary>
/// The nulmeting: a value in a period (a year, or a half year or quarter: "65% in 2018-H1"), or a
/// value whose period the document does not give ("nulmeting: 65%"; Period null). A baseline
/// without a period is placed at the earliest measurement (<see cref="GoalRules.StartOf"/>), and
/// the verdict says so (<see cref="BaselineWithoutPeriod"/>).
/// </summary>
public readonly record struct Baseline(decimal Value, Period? Period)
{
    public Baseline(decimal value, int year) : this(value, Runtime.Period.OfYear(year)) { }

    /// <summary>The year of its period; null when the document gives none.</summary>
    public int? Year => Period?.Year;
}

/// <summary>A tussendoel or streefwaarde: a comparator, a value, and (usually) a year.</summary>
public readonly record struct Target(Comparator Comparator, decimal Value, int? Year)
{
    /// <summary>The upper bound of a bandwidth (<see cref="Comparator.Between"/>; Value is the lower bound).</summary>
    public decimal? Upper { get; init; }
}

/// <summary>
/// Everything the policy text says about how to judge one doel, built by the generated method
/// one field at a time (each step carries a #line mapping to its field in the .beleid file).
/// </summary>
public sealed record Norm(Polarity Polarity, decimal Tolerance, int? PeriodStart, int? PeriodEnd)
{
    public Baseline? Baseline { get; init; }
    public IReadOnlyList<Target> Milestones { get; init; } = [];
    public Target? Target { get; init; }
    public Direction? Direction { get; init; }
    /// <summary>The year a direction is for ("afname in 2022"); without one the direction is for the period's end.</summary>
    public int? DirectionYear { get; init; }

    /// <summary>The year a direction is judged for: its own year, else the end of the period.</summary>
    public int? DirectionDue => DirectionYear ?? PeriodEnd;

    /// <summary>The tolerance used when neither the doel nor the kader sets one: 5%.</summary>
    public const decimal DefaultTolerance = 0.05m;

    public Norm WithBaseline(decimal value, int year) => this with { Baseline = new Baseline(value, year) };
    /// <summary>A nulmeting at a half year or quarter (part <paramref name="index"/> of <paramref name="perYear"/>).</summary>
    public Norm WithBaseline(decimal value, int year, int index, int perYear) => this with { Baseline = new Baseline(value, new Period(year, index, perYear)) };
    /// <summary>A nulmeting whose period the document does not give.</summary>
    public Norm WithBaselineWithoutPeriod(decimal value) => this with { Baseline = new Baseline(value, null) };
    public Norm WithMilestone(Comparator comparator, decimal value, int? year) => this with { Milestones = [.. Milestones, new Target(comparator, value, year)] };
    public Norm WithTarget(Comparator comparator, decimal value, int? year) => this with { Target = new Target(comparator, value, year) };
    /// <summary>A bandwidth: "tussen 65% en 70% in 2020".</summary>
    public Norm WithMilestoneBetween(decimal low, decimal high, int? year) => this with { Milestones = [.. Milestones, new Target(Comparator.Between, low, year) { Upper = high }] };
    public Norm WithTargetBetween(decimal low, decimal high, int? year) => this with { Target = new Target(Comparator.Between, low, year) { Upper = high } };
    public Norm WithDirection(Direction direction) => this with { Direction = direction };
    public Norm WithDirection(Direction direction, int year) => this with { Direction = direction, DirectionYear = year };
    public Norm WithTolerance(decimal tolerance) => this with { Tolerance = tolerance };

    /// <summary>The target the status is judged against (<see cref="Betterness.EffectiveTarget"/>).</summary>
    public Target? EffectiveTarget => Betterness.EffectiveTarget(Target, Milestones);

    /// <summary>+1 when higher is better, -1 when lower is better, 0 when no side is better (<see cref="Betterness.Of"/>).</summary>
    public int BetterSign() => Betterness.Of(Polarity, Direction, EffectiveTarget, Baseline).Sign;
}
