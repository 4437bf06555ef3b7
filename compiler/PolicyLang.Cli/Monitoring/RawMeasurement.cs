namespace PolicyLang.Cli.Monitoring;

/// <summary>One row of a measurement file before validation: its line and its named cells.</summary>
public sealed record RawMeasurement(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string column] => Cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>The columns a measurement file may have.</summary>
public static class MeasurementColumns
{
    public const string Indicator = "indicator", Periode = "periode", Waarde = "waarde";
    public const string Gemeente = "gemeente", Bron = "bron", Status = "status", Eenheid = "eenheid", Toelichting = "toelichting";
    /// <summary>A comparison series (landelijk, regio, a peer gemeente): drawn beside the doel's own figures, never judged.</summary>
    public const string Vergelijking = "vergelijking";

    public static readonly IReadOnlyList<string> Required = [Indicator, Periode, Waarde];
    public static readonly IReadOnlyList<string> Optional = [Gemeente, Bron, Status, Eenheid, Toelichting, Vergelijking];
    public static bool IsKnown(string column) => Required.Contains(column) || Optional.Contains(column);
}
