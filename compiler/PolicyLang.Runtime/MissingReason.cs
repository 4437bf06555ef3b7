namespace PolicyLang.Runtime;

/// <summary>
/// Why a figure is missing: the codes documents and statistics print instead of a number
/// (docs/language.md §5.1 lists the words). A missing figure is kept with its reason, never read
/// as zero and never dropped: the report shows it and a doel whose latest period is missing says so.
/// </summary>
public enum MissingReason
{
    /// <summary>'-': no figure in this cell (a table's empty cell; in a series, no figure either).</summary>
    Empty,
    /// <summary>'nb', 'n.b.', 'onbekend': not known or not available.</summary>
    Unknown,
    /// <summary>'nnb': not known yet (the figure will come).</summary>
    NotYetKnown,
    /// <summary>'ntb', 'nader te bepalen': still to be determined (a baseline or norm to be set).</summary>
    ToBeDetermined,
    /// <summary>'n.v.t.': not applicable to this period.</summary>
    NotApplicable,
    /// <summary>'*': suppressed for privacy (CBS does so for small numbers).</summary>
    Suppressed,
    /// <summary>A computed indicator's formula divided by zero or went beyond decimal's range: no figure, no exception. No word writes it.</summary>
    NotComputable,
}

/// <summary>A period of an indicator for which the data say explicitly that the figure is missing, and why.</summary>
public readonly record struct MissingMeasurement(Period Period, MissingReason Reason, bool Illustrative = false);

public static class MissingReasonText
{
    /// <summary>The reason in words, for reasons and reports.</summary>
    public static Text Describe(this MissingReason reason) => reason switch
    {
        MissingReason.Empty => new("geen cijfer", "no figure"),
        MissingReason.Unknown => new("niet bekend", "not known"),
        MissingReason.NotYetKnown => new("nog niet bekend", "not known yet"),
        MissingReason.ToBeDetermined => new("nader te bepalen", "to be determined"),
        MissingReason.NotApplicable => new("niet van toepassing", "not applicable"),
        MissingReason.NotComputable => new("niet te berekenen (deling door nul)", "not computable (division by zero)"),
        _ => new("niet openbaar om privacyredenen", "suppressed for privacy"),
    };
}
