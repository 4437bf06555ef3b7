using PolicyLang.Cli.Monitoring;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// Everything a stoplicht report says, built once (<see cref="ReportBuilder"/>) from the monitor
/// result, the measurements and, when the kader's sources are at hand, its semantic model. The HTML,
/// Markdown and JSON renderers only lay this out, so the three formats carry the same content.
/// Every text is already in the report's language and every figure carries its unit.
/// </summary>
public sealed record ReportModel(bool English, string KaderId, string Title, IReadOnlyList<string> Gemeenten, int Peiljaar, string MeasurementsName)
{
    public IReadOnlyList<ColourCount> Counts { get; init; } = [];
    public IReadOnlyList<ColourCount> ParentCounts { get; init; } = [];
    /// <summary>The rood and oranje doelen, rood first, each with its one-line reason: the top of the report.</summary>
    public IReadOnlyList<GoalCard> Attention { get; init; } = [];
    public IReadOnlyList<Programme> Programmes { get; init; } = [];
    /// <summary>Every node of the doel tree once, in declaration order.</summary>
    public IReadOnlyList<GoalCard> Cards { get; init; } = [];
    /// <summary>What the monitor finds wrong with the report's input: a rood or oranje doel without an explanation.</summary>
    public IReadOnlyList<ReportFinding> Findings { get; init; } = [];

    public string T(string nl, string en) => English ? en : nl;

    public GoalCard? Card(string id) => Cards.FirstOrDefault(c => c.Id == id);
}

public sealed record ColourCount(Colour Colour, string Label, int Count);

/// <summary>One doel, ambitie or kaderstelling as the raad reads it: its title as the heading, the id small.</summary>
public sealed record GoalCard(string Id, string KindLabel, string Title, string Source)
{
    public GoalStatus? Status { get; init; }
    public Colour? Colour { get; init; }
    public string? StatusLabel { get; init; }
    /// <summary>The verdict in one line, every figure with its unit.</summary>
    public string Reason { get; init; } = "";
    public string? IndicatorTitle { get; init; }
    public string? UnitLabel { get; init; }
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public IReadOnlyList<PeriodExplanation> Explanations { get; init; } = [];
    /// <summary>Rood or oranje, judged on its own figures, without an explanation for the judged year.</summary>
    public bool LacksExplanation { get; init; }
    public string? RollUp { get; init; }
    /// <summary>The doelen below per colour (empty for a node with none).</summary>
    public IReadOnlyList<ColourCount> RollUpCounts { get; init; } = [];
    public ChartModel? Chart { get; init; }
    public bool FromSubgoals { get; init; }
    /// <summary>The runtime's outcome, for the raw figures of the JSON report.</summary>
    public GoalOutcome? Outcome { get; init; }
    public string? Indicator { get; init; }
    public IReadOnlyList<string> Parents { get; init; } = [];
    public string Kind { get; init; } = "";
}

/// <summary>A labelled figure of a card ("Streefwaarde": "maximaal 10% in 2020"); Key is stable for JSON.</summary>
public sealed record Figure(string Key, string Label, string Text);


public sealed record ReportFinding(string GoalId, string Message);

/// <summary>
/// One programme (a thema of the kader, else a top of the doel tree) with the three W-questions:
/// what we want to achieve (its doelen), what we do for it (maatregelen), what it may cost (begroting).
/// </summary>
public sealed record Programme(string Id, string Title)
{
    public IReadOnlyList<string> GoalIds { get; init; } = [];
    public IReadOnlyList<MeasureItem> Maatregelen { get; init; } = [];
    public IReadOnlyList<BudgetLine> Budget { get; init; } = [];
    public IReadOnlyList<int> BudgetYears { get; init; } = [];
    /// <summary>Whether the measurements hold a realisation (up to the peiljaar) for any of the programme's posts; without one the report says so.</summary>
    public bool HasRealisation { get; init; }
    /// <summary>Under the budget table: where the realisation comes from, or that the measurements hold none.</summary>
    public string BudgetNote { get; init; } = "";
}

public sealed record MeasureItem(string? Id, string Title, string? Owner, string? State, string? Term);

/// <summary>A begroting post with its amounts per year, already formatted (€), and the begroting it belongs to.</summary>
public sealed record BudgetLine(string Begroting, string Title, IReadOnlyList<BudgetAmount> Amounts)
{
    public string? PostId { get; init; }
    /// <summary>Per year (budgeted or realised, up to the peiljaar for the realisation) begroot and realisatie side by side.</summary>
    public IReadOnlyList<BudgetYear> Years { get; init; } = [];
}

public sealed record BudgetAmount(int Year, decimal Value, string Text);

/// <summary>One year of a post: begroot, realisatie and the verschil (realisatie − begroot) when both are figures.</summary>
public sealed record BudgetYear(int Year, BudgetAmount? Budgeted, RealisedFigure? Realised)
{
    public decimal? Difference { get; init; }
    /// <summary>The verschil with its sign ("+€ 12.000").</summary>
    public string? DifferenceText { get; init; }
}

/// <summary>A realised amount as the report shows it: the figure in euros, or the missing-value code's reason.</summary>
public sealed record RealisedFigure(decimal? Value, string Text, bool Provisional, bool Illustrative)
{
    /// <summary>Why the realisation is missing (the reason of nb, n.v.t., …), when it is.</summary>
    public string? Missing { get; init; }
}
