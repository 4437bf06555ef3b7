namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// One row of a measurement file before validation: its line and its cells, one slot per known
/// column (<see cref="MeasurementColumns.All"/>), null where the row has no such cell. Slots, not a
/// dictionary per row: a file of a million rows made a million dictionaries.
/// </summary>
public sealed class RawMeasurement(int line, string?[] cells)
{
    public int Line { get; } = line;

    /// <summary>A row from named cells (tests and the .beleid test files); names outside <see cref="MeasurementColumns.All"/> are ignored.</summary>
    public RawMeasurement(int line, IReadOnlyDictionary<string, string> cells) : this(line, MeasurementColumns.Slots(cells)) { }

    /// <summary>The trimmed cell, or null when it is absent or only white space.</summary>
    public string? this[string column] => cells[MeasurementColumns.IndexOf(column)] is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public bool Has(string column) => cells[MeasurementColumns.IndexOf(column)] is not null;
}

/// <summary>The columns a measurement file may have.</summary>
public static class MeasurementColumns
{
    public const string Indicator = "indicator", Periode = "periode", Waarde = "waarde";
    public const string Gemeente = "gemeente", Bron = "bron", Status = "status", Eenheid = "eenheid", Toelichting = "toelichting";
    /// <summary>A comparison series (landelijk, regio, a peer gemeente): drawn beside the doel's own figures, never judged.</summary>
    public const string Vergelijking = "vergelijking";
    /// <summary>A begroting post: the row is the post's realised amount in a year, not a measurement (decision 0022).</summary>
    public const string Post = "post";

    /// <summary>Every row needs these; and one of <see cref="Subjects"/>.</summary>
    public static readonly IReadOnlyList<string> Required = [Periode, Waarde];
    /// <summary>What a row is about: an indicator (a measurement) or a begroting post (a realised amount).</summary>
    public static readonly IReadOnlyList<string> Subjects = [Indicator, Post];
    public static readonly IReadOnlyList<string> Optional = [Gemeente, Bron, Status, Eenheid, Toelichting, Vergelijking];
    /// <summary>Every column in slot order: a row's cell for <c>All[i]</c> is its slot i.</summary>
    public static readonly IReadOnlyList<string> All = [Indicator, .. Required, Post, .. Optional];

    public static bool IsKnown(string column) => IndexOf(column) >= 0;

    /// <summary>The slot of a column name, or -1. The names are few, so a scan (reference equality first) beats hashing.</summary>
    public static int IndexOf(string column)
    {
        for (var i = 0; i < All.Count; i++)
            if (ReferenceEquals(All[i], column) || string.Equals(All[i], column, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>An empty row of slots.</summary>
    public static string?[] NewSlots() => new string?[All.Count];

    internal static string?[] Slots(IReadOnlyDictionary<string, string> cells)
    {
        var slots = NewSlots();
        foreach (var (name, value) in cells)
            if (IndexOf(name) is var i and >= 0) slots[i] = value;
        return slots;
    }
}
