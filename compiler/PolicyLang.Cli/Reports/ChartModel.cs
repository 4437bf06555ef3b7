using PolicyLang.Runtime;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// What one doel's chart shows, in numbers (the SVG draws it; the table alternative lists it):
/// the measured series split where the data declare a period missing, the norm in force per year
/// (the path through nulmeting, tussendoelen and streefwaarde, with the tolerance as a band on
/// the losing side), and the projection from the last point.
/// </summary>
public sealed record ChartModel(string Label, string UnitLabel, FigureFormat Format)
{
    public IReadOnlyList<IReadOnlyList<ChartPoint>> Segments { get; init; } = [];
    public IReadOnlyList<ChartGap> Gaps { get; init; } = [];
    public IReadOnlyList<NormPoint> Norm { get; init; } = [];
    public ChartMark? Baseline { get; init; }
    public IReadOnlyList<ChartMark> Milestones { get; init; } = [];
    public ChartMark? Target { get; init; }
    public ChartProjection? Projection { get; init; }
    public int Peiljaar { get; init; }
    /// <summary>Comparison series (landelijk, regio, peer gemeenten): thin lines, named at their end.</summary>
    public IReadOnlyList<ComparisonLine> Comparisons { get; init; } = [];

    public IEnumerable<ChartPoint> Points => Segments.SelectMany(s => s);
}

public sealed record ChartPoint(decimal Time, decimal Value, string Period, bool Provisional, bool Illustrative);

/// <summary>A period the data declare missing, with the reason in words: drawn as a gap in the line.</summary>
public sealed record ChartGap(decimal Time, string Period, string Reason);

/// <summary>The path's value at a time and the edge of its tolerance band (the value that is still oranje).</summary>
public sealed record NormPoint(decimal Time, decimal Value, decimal BandEdge);

/// <summary>A marked point: Text for the chart's tooltip ("streefwaarde: maximaal 10% in 2020"), Short for the table ("maximaal 10%").</summary>
public sealed record ChartMark(decimal Time, decimal Value, string Text, string Short);

public sealed record ComparisonLine(string Name, IReadOnlyList<ChartPoint> Points);

public sealed record ChartProjection(decimal FromTime, decimal FromValue, decimal ToTime, decimal ToValue, bool Certain);
