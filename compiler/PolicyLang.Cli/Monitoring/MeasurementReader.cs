using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>The validated measurements of one file, or what is wrong with it.</summary>
public sealed record MeasurementReadResult(MeasurementData Data, IReadOnlyList<DataError> Errors, int Rows, int OtherGemeente, int Provisional)
{
    public bool Success => Errors.Count == 0;

    /// <summary>What was read but perhaps not as meant (numbers that are ambiguous in this file); printed, not fatal.</summary>
    public IReadOnlyList<DataError> Warnings { get; init; } = [];

    /// <summary>Rows that declare their measurement missing (nb, n.v.t., *, …): kept in the series' <see cref="MeasurementSeries.Missing"/>.</summary>
    public int Missing { get; init; }

    /// <summary>The toelichting column: per indicator and period the explanation of its figure.</summary>
    public MeasurementExplanations Explanations { get; init; } = MeasurementExplanations.None;

    /// <summary>The vergelijking column: comparison series per indicator (landelijk, regio, peer gemeenten).</summary>
    public ComparisonSeries Comparisons { get; init; } = ComparisonSeries.None;

    /// <summary>The post column: per begroting post and year the realised amount.</summary>
    public BudgetRealisation Realisation { get; init; } = BudgetRealisation.None;
}

/// <summary>
/// Turns the rows of a CSV or JSON measurement file into series for the monitor. The file is read
/// as a stream of rows, each checked by <see cref="MeasurementValidator"/> as it arrives, so time
/// and memory grow linearly with the file and no row is kept beyond its measurement.
/// </summary>
public static class MeasurementReader
{
    /// <param name="posts">The kader's begroting posts, for rows with a <c>post</c>; without them (a monitor .dll) such rows are errors.</param>
    public static MeasurementReadResult Read(string path, KaderMonitor monitor, string? gemeente = null, BudgetPosts? posts = null)
    {
        var display = Output.ReportedDiagnostic.DisplayPathOf(path);
        var errors = new List<DataError>();
        var validator = new MeasurementValidator(display, errors, monitor.Indicators, monitor.Kader.Gemeenten, gemeente, posts);
        if (Utf8Check.FirstInvalidLine(path) is { } line)
            errors.Add(new DataError(display, line, "het bestand is geen UTF-8 (hier staat een teken in een andere codering, zoals Windows-1252): sla het op als UTF-8",
                "the file is not UTF-8 (a character in another encoding, such as Windows-1252, stands here): save it as UTF-8"));
        else if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) JsonMeasurementFile.Read(path, display, errors, validator.Add);
        else CsvMeasurementFile.Read(path, display, errors, validator.Add);
        return validator.Finish();
    }
}
