using PolicyLang.Binding;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// Builds the <see cref="ReportModel"/> once: the summary counts, the attention list (rood, then
/// oranje), a card per node of the doel tree, the programmes (<see cref="ProgrammeBuilder"/>), and
/// the findings (a rood or oranje doel without an explanation for its judged year).
/// </summary>
public static class ReportBuilder
{
    public static ReportModel Build(MonitorReport report, MeasurementExplanations explanations, SemanticModel? model, ComparisonSeries? comparisons = null, BudgetRealisation? realisation = null)
    {
        var r = report.Result;
        var english = report.English;
        string T(string nl, string en) => english ? en : nl;
        var cards = r.Goals.Select(g => Card(report, g, explanations, model, comparisons ?? ComparisonSeries.None)).ToList();
        // Every rood and oranje node, parents coloured by their subdoelen included (their reason says so).
        var attention = cards.Where(c => c.Colour == Colour.Red).Concat(cards.Where(c => c.Colour == Colour.Orange)).ToList();
        var findings = cards.Where(c => c.LacksExplanation).Select(c => new ReportFinding(c.Id, T(
            $"{c.Id} is {c.StatusLabel}, maar er is geen toelichting voor {r.OutcomeOf(c.Id)?.Latest?.Period.Year ?? r.Peiljaar} (oorzaak, gevolg, bijsturing): zet die in de kolom toelichting van de metingen of in een verantwoording bij het doel",
            $"{c.Id} is {c.StatusLabel}, but there is no explanation for {r.OutcomeOf(c.Id)?.Latest?.Period.Year ?? r.Peiljaar} (cause, consequence, correction): put it in the toelichting column of the measurements or in a verantwoording of the doel"))).ToList();
        return new ReportModel(english, r.Kader.Id, r.Kader.Title, r.Kader.Gemeenten, r.Peiljaar, report.MeasurementsName)
        {
            Counts = Counts(r.Summary, english),
            ParentCounts = Counts(r.ParentSummary, english),
            Attention = attention,
            Cards = cards,
            Programmes = [.. ProgrammeBuilder.Build(r, model, english, realisation).Select(p => p with { BudgetNote = p.HasRealisation
                ? T($"Realisatie uit {report.MeasurementsName}, tot en met {r.Peiljaar}; het verschil is realisatie min begroot (—: geen cijfer).",
                    $"Actuals from {report.MeasurementsName}, up to {r.Peiljaar}; the difference is actual minus budget (—: no figure).")
                : T("Realisatie: de metingen bevatten geen financiële realisatie.", "Realisation: the measurements hold no financial realisation.") })],
            Findings = findings,
        };
    }

    private static IReadOnlyList<ColourCount> Counts(Distribution d, bool english) =>
        [.. Enum.GetValues<Colour>().Select(c => new ColourCount(c, c.Label(english), d.Of(c)))];

    private static GoalCard Card(MonitorReport report, GoalInfo goal, MeasurementExplanations explanations, SemanticModel? model, ComparisonSeries comparisons)
    {
        var r = report.Result;
        var english = report.English;
        string T(string nl, string en) => english ? en : nl;
        var indicator = r.IndicatorOf(goal);
        var f = new FigureFormat(english, indicator);
        var card = new GoalCard(goal.Id, KindLabel(goal.Kind, english), goal.Title, goal.Source) { Indicator = goal.Indicator, Parents = goal.Parents, Kind = goal.Kind.ToString().ToLowerInvariant() };
        var rollUp = r.RollUp(goal.Id);
        if (rollUp.Total > 0) card = card with { RollUp = ConsoleReport.RollUpText(report, rollUp), RollUpCounts = Counts(rollUp, english) };
        if (indicator is not null) card = card with { IndicatorTitle = indicator.Title, UnitLabel = f.AxisLabel };
        if (r.OutcomeOf(goal.Id) is not { } o) return card;

        // Both forms count: the kader's verantwoording and the measurement file's toelichting column.
        IReadOnlyList<PeriodExplanation> periodExplanations = [.. KaderExplanations.Of(model, goal.Id, r.Peiljaar, english)
            .Concat(goal.Indicator is { } ind ? explanations.Of(ind, r.Peiljaar) : []).OrderBy(e => e.Year)];
        var judgedYear = o.JudgedYear ?? o.Latest?.Period.Year ?? r.Peiljaar;
        var needs = o.Colour is Colour.Red or Colour.Orange && !o.FromSubgoals && o.Norm is not null;
        card = card with
        {
            Outcome = o,
            Status = o.Status,
            Colour = o.Colour,
            StatusLabel = o.Status.Label(english),
            Reason = ReasonLine.Of(o, f, english),
            FromSubgoals = o.FromSubgoals,
            Explanations = periodExplanations,
            LacksExplanation = needs && !periodExplanations.Any(e => e.Year == judgedYear),
        };
        if (o.Norm is not { } norm) return card;

        var figures = new List<Figure>();
        if (indicator is not null) figures.Add(new("indicator", T("Indicator", "Indicator"), indicator.Title + (f.AxisLabel.Length > 0 ? $" ({f.AxisLabel})" : "")));
        if (norm.Baseline is { } b)
            figures.Add(new("nulmeting", T("Nulmeting", "Baseline"), b.Period is { } at
                ? $"{f.Compact(b.Value)} in {at}"
                : $"{f.Compact(b.Value)} ({T("zonder jaar", "no year given")})"));
        foreach (var m in norm.Milestones) figures.Add(new("tussendoel", T("Tussendoel", "Milestone"), f.Target(m, compact: true)));
        if (norm.Target is { } t) figures.Add(new("streefwaarde", T("Streefwaarde", "Target"), f.Target(t, compact: true)));
        if (norm.Direction is { } d) figures.Add(new("richting", T("Richting", "Direction"), DirectionLabel(d, english) + (norm.DirectionYear is { } dy ? $" in {dy}" : "")));
        figures.Add(new("tolerantie", T("Tolerantie", "Tolerance"), f.Percent(norm.Tolerance)));
        if (o.Latest is { } l)
            figures.Add(new("laatste", T("Laatste meting", "Latest measurement"), $"{f.Compact(l.Value)} ({l.Period}{(l.Provisional ? T(", voorlopig", ", provisional") : "")}{(l.Illustrative ? T(", illustratief", ", illustrative") : "")})"));
        if (report.MissingOf(goal) is { Length: > 0 } missing)
            figures.Add(new("ontbrekend", T("Ontbrekende metingen", "Missing measurements"), string.Join(", ", missing.Select(report.MissingText))));
        if (o.Expected is { } e) figures.Add(new("verwacht", T("Volgens het pad", "Path expects"), f.Compact(e)));
        if (o.Projection is { } p)
            figures.Add(new("projectie", T("Projectie", "Projection"), $"{f.Compact(p)} in {o.ProjectionYear}" + (o.ProjectionCertain ? "" : T(" (onzeker)", " (uncertain)"))));
        figures.Add(new("metingen", T("Metingen gebruikt", "Measurements used"), o.Used.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return card with { Figures = figures, Chart = ChartBuilder.Build(report, goal, o, norm, f, comparisons) };
    }

    public static string KindLabel(GoalKind kind, bool english) => kind switch
    {
        GoalKind.Ambitie => english ? "ambition" : "ambitie",
        GoalKind.Kaderstelling => english ? "policy frame" : "kaderstelling",
        _ => english ? "goal" : "doel",
    };

    private static string DirectionLabel(Direction d, bool english) =>
        Binding.Vocabulary.ValueWords.Directions.EntryOf(d) is { } entry ? (english ? entry.English : entry.Dutch) : d.ToString();
}
