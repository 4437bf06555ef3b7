namespace PolicyLang.Runtime;

/// <summary>
/// The verdict on one doel: its status, the reason in words, and the figures behind it (the
/// report prints them and draws the chart from them).
/// </summary>
public sealed record GoalOutcome(GoalStatus Status, Text Reason)
{
    public Norm? Norm { get; init; }
    /// <summary>The latest measurement up to the peiljaar.</summary>
    public Measurement? Latest { get; init; }
    /// <summary>The value the path from nulmeting through tussendoelen to streefwaarde expects at the latest period.</summary>
    public decimal? Expected { get; init; }
    /// <summary>Where the trend leads by <see cref="ProjectionYear"/>, continued from the latest measurement.</summary>
    public decimal? Projection { get; init; }
    public int? ProjectionYear { get; init; }
    /// <summary>
    /// Whether the projection rests on enough points that follow the trend closely
    /// (<see cref="Trend.IsCertain"/>); an uncertain projection is shown as such and never changes a colour.
    /// </summary>
    public bool ProjectionCertain { get; init; }
    /// <summary>The year a final verdict (target year over) was judged on.</summary>
    public int? JudgedYear { get; init; }
    /// <summary>The starting point of the path or of the direction: the nulmeting, else the first measurement.</summary>
    public decimal? StartValue { get; init; }
    public decimal? StartTime { get; init; }
    /// <summary>A parent doel without an indicator of its own: its status is the roll-up of the doelen below it (docs/monitoring.md §6).</summary>
    public bool FromSubgoals { get; init; }
    /// <summary>The latest period up to the peiljaar, when the data declare it missing (after every judged measurement).</summary>
    public MissingMeasurement? LatestMissing { get; init; }
    /// <summary>A doel measured by several indicators: the outcome of each, in the order written (<see cref="NormParts"/>); empty otherwise.</summary>
    public IReadOnlyList<GoalOutcome> Parts { get; init; } = [];
    /// <summary>How many measurements up to the peiljaar were used.</summary>
    public int Used { get; init; }

    public Colour Colour => Status.Colour();

    public static GoalOutcome NotMeasurable(string nl, string en) => new(GoalStatus.NotMeasurable, new Text(nl, en));
}
