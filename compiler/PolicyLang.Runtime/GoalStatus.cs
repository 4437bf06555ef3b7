namespace PolicyLang.Runtime;

/// <summary>Where a doel stands. The order is from best to worst, then the grey ones.</summary>
/// <remarks>
/// <see cref="NotAchieved"/> is the final verdict once the target year is over and the target was
/// missed; <see cref="OffTrack"/> is a judgement on the way there. Both are rood.
/// </remarks>
public enum GoalStatus { Achieved, OnTrack, AtRisk, OffTrack, NotAchieved, NoData, NotMeasurable }

/// <summary>The stoplicht colour of a status.</summary>
public enum Colour { Green, Orange, Red, Grey }

public static class GoalStatusText
{
    public static Colour Colour(this GoalStatus status) => status switch
    {
        GoalStatus.Achieved or GoalStatus.OnTrack => Runtime.Colour.Green,
        GoalStatus.AtRisk => Runtime.Colour.Orange,
        GoalStatus.OffTrack or GoalStatus.NotAchieved => Runtime.Colour.Red,
        _ => Runtime.Colour.Grey,
    };

    public static string Label(this GoalStatus status, bool english = false) => (status, english) switch
    {
        (GoalStatus.Achieved, false) => "behaald",
        (GoalStatus.OnTrack, false) => "op koers",
        (GoalStatus.AtRisk, false) => "risico",
        (GoalStatus.OffTrack, false) => "niet op koers",
        (GoalStatus.NotAchieved, false) => "niet behaald",
        (GoalStatus.NoData, false) => "geen gegevens",
        (GoalStatus.NotMeasurable, false) => "niet meetbaar",
        (GoalStatus.Achieved, true) => "achieved",
        (GoalStatus.OnTrack, true) => "on track",
        (GoalStatus.AtRisk, true) => "at risk",
        (GoalStatus.OffTrack, true) => "off track",
        (GoalStatus.NotAchieved, true) => "not achieved",
        (GoalStatus.NoData, true) => "no data",
        _ => "not measurable",
    };

    public static string Label(this Colour colour, bool english = false) => (colour, english) switch
    {
        (Runtime.Colour.Green, false) => "groen",
        (Runtime.Colour.Orange, false) => "oranje",
        (Runtime.Colour.Red, false) => "rood",
        (Runtime.Colour.Grey, false) => "grijs",
        (Runtime.Colour.Green, true) => "green",
        (Runtime.Colour.Orange, true) => "orange",
        (Runtime.Colour.Red, true) => "red",
        _ => "grey",
    };
}
