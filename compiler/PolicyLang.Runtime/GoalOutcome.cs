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
    /// <summary>The value the measurements' trend line reaches in <see cref="ProjectionYear"/>.</summary>
    public decimal? Projection { get; init; }
    public int? ProjectionYear { get; init; }
    /// <summary>The trend line's value at the latest measurement: where the drawn projection starts.</summary>
    public decimal? TrendAtLatest { get; init; }
    /// <summary>The starting point of the path or of the direction: the nulmeting, else the first measurement.</summary>
    public decimal? StartValue { get; init; }
    public decimal? StartTime { get; init; }
    /// <summary>How many measurements up to the peiljaar were used.</summary>
    public int Used { get; init; }

    public Colour Colour => Status.Colour();

    public static GoalOutcome NotMeasurable(string nl, string en) => new(GoalStatus.NotMeasurable, new Text(nl, en));
}
