namespace PolicyLang.Runtime;

/// <summary>The kader a monitor was compiled from.</summary>
public sealed record KaderInfo(string Id, string Title, IReadOnlyList<string> Gemeenten, int? PeriodFrom, int? PeriodTo, decimal Tolerance);

/// <summary>What kind of figure an indicator takes; the measurement reader checks values against it.</summary>
public enum MeasureUnit { Unknown, Count, Money, Percentage, Rate, Mark, Index, Duration }

public sealed record IndicatorInfo(string Id, string Title, MeasureUnit Unit, string UnitText, Polarity Polarity);

/// <summary>A node of the doel tree: an ambitie, kaderstelling or doel.</summary>
public enum GoalKind { Ambitie, Kaderstelling, Doel }

/// <summary>
/// One node of the doel tree as the policy text declares it. <see cref="Parents"/> are the ids it
/// contributes to ("draagt bij aan"); <see cref="Source"/> is "file:line" of its declaration.
/// </summary>
public sealed record GoalInfo(string Id, GoalKind Kind, string Title, IReadOnlyList<string> Parents, string? Indicator, string Source);
