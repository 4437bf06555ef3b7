namespace PolicyLang.Runtime;

/// <summary>Where a doel stands. The order is from best to worst, then the grey ones.</summary>
public enum GoalStatus { Achieved, OnTrack, AtRisk, OffTrack, NoData, NotMeasurable }

/// <summary>The stoplicht colour of a status.</summary>
public enum Colour { Green, Orange, Red, Grey }

public static class GoalStatusText
{
    public static Colour Colour(this GoalStatus status) => status switch
    {
        GoalStatus.Achieved or GoalStatus.OnTrack => Runtime.Colour.Green,
        GoalStatus.AtRisk => Runtime.Colour.Orange,
        GoalStatus.OffTrack => Runtime.Colour.Red,
        _ => Runtime.Colour.Grey,
    };

    public static string Label(this GoalStatus status, bool english = false) => (status, english) switch
    {
        (GoalStatus.Achieved, false) => "behaald",
        (GoalStatus.OnTrack, false) => "op koers",
        (GoalStatus.AtRisk, false) => "risico",
        (GoalStatus.OffTrack, false) => "niet op koers",
        (GoalStatus.NoData, false) => "geen gegevens",
        (GoalStatus.NotMeasurable, false) => "niet meetbaar",
        (GoalStatus.Achieved, true) => "achieved",
        (GoalStatus.OnTrack, true) => "on track",
        (GoalStatus.AtRisk, true) => "at risk",
        (GoalStatus.OffTrack, true) => "off track",
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
