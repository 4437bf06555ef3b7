using System.Text;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// The stoplicht report for a raad member: one self-contained HTML file (inline CSS and SVG, no
/// script, no network) with the counts per colour, the doel tree, and per doel its figures, the
/// reason for its colour and a chart.
/// </summary>
public static class HtmlReport
{
    public static string Render(MonitorReport report)
    {
        var r = report.Result;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"").Append(report.English ? "en" : "nl").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n");
        h.Append("<title>").Append(Html.Text(report.T("Monitor", "Monitor") + ": " + report.Title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        h.Append("<header><h1>").Append(Html.Text(report.Title)).Append("</h1>\n<p class=\"meta\">")
         .Append(Html.Text(report.Gemeenten)).Append(" · ").Append(report.T("peiljaar", "reference year")).Append(' ').Append(r.Peiljaar)
         .Append(" · ").Append(report.T("metingen uit", "measurements from")).Append(" <code>").Append(Html.Text(report.MeasurementsName)).Append("</code></p></header>\n");

        // summary counts per colour
        h.Append("<section class=\"summary\" aria-label=\"").Append(report.T("samenvatting", "summary")).Append("\">");
        foreach (var colour in Enum.GetValues<Colour>())
            h.Append($"<div class=\"count {colour.ToString().ToLowerInvariant()}\"><span class=\"n\">{r.Summary.Of(colour)}</span> {Html.Text(colour.Label(report.English))}</div>");
        h.Append("</section>\n");
        if (r.ParentSummary.Total > 0)
        {
            h.Append("<p class=\"parents\">").Append(Html.Text(report.T("Hoofddoelen", "Parent goals"))).Append(": ")
             .Append(Html.Text(ConsoleReport.RollUpText(report, r.ParentSummary))).Append("</p>\n");
        }
        h.Append("<p class=\"legend\">").Append(Html.Text(report.T(
            "Groen: behaald of op koers. Oranje: risico (achter, binnen de tolerantie). Rood: niet op koers of niet behaald. Grijs: geen gegevens of niet meetbaar. De tellingen hierboven zijn van de doelen zonder subdoelen; een hoofddoel zonder eigen indicator krijgt het slechtste oordeel van zijn subdoelen.",
            "Green: achieved or on track. Orange: at risk (behind, within tolerance). Red: off track or not achieved. Grey: no data or not measurable. The counts above are of the goals without sub-goals; a parent goal without an indicator of its own gets the worst verdict of its sub-goals."))).Append("</p>\n");

        // the doel tree
        h.Append("<section class=\"tree\"><h2>").Append(report.T("Doelenboom", "Goal tree")).Append("</h2>\n<ul>");
        foreach (var row in report.Rows)
        {
            h.Append($"<li style=\"margin-left:{row.Depth * 1.5}em\" class=\"{row.Goal.Kind.ToString().ToLowerInvariant()}\">");
            if (row.Outcome is { } o)
                h.Append($"<span class=\"dot {o.Colour.ToString().ToLowerInvariant()}\" title=\"{Html.Attr(o.Status.Label(report.English))}\"></span>");
            h.Append($"<a href=\"#doel-{Html.Attr(row.Goal.Id)}\">{Html.Text(row.Goal.Id)}</a> <span class=\"kind\">{Html.Text(KindLabel(row.Goal.Kind, report))}</span> ");
            h.Append($"<span class=\"title\">{Html.Text(row.Goal.Title)}</span>");
            if (row.RollUp.Total > 0) h.Append($" <span class=\"rollup\">{Html.Text(ConsoleReport.RollUpText(report, row.RollUp))}</span>");
            h.Append("</li>");
        }
        h.Append("</ul></section>\n");

        // per node: figures, reason, chart
        h.Append("<section class=\"details\"><h2>").Append(report.T("Per doel", "Per goal")).Append("</h2>\n");
        foreach (var goal in r.Goals)
        {
            var outcome = r.OutcomeOf(goal.Id);
            var colour = outcome?.Colour.ToString().ToLowerInvariant() ?? "none";
            h.Append($"<article class=\"doel {colour}\" id=\"doel-{Html.Attr(goal.Id)}\">");
            h.Append($"<h3>{Html.Text(goal.Id)} <span class=\"kind\">{Html.Text(KindLabel(goal.Kind, report))}</span>");
            if (outcome is not null) h.Append($" <span class=\"badge {colour}\">{Html.Text(outcome.Status.Label(report.English))}</span>");
            h.Append("</h3>");
            h.Append($"<p class=\"title\">{Html.Text(goal.Title)}</p><p class=\"source\">{Html.Text(goal.Source)}</p>");
            var rollUp = r.RollUp(goal.Id);
            if (rollUp.Total > 0) h.Append($"<p class=\"rollup\">{report.T("Onderliggende doelen", "Goals below")}: {Html.Text(ConsoleReport.RollUpText(report, rollUp))}</p>");
            if (outcome is not null)
            {
                h.Append($"<p class=\"reason\">{Html.Text(outcome.Reason.In(report.English))}</p>");
                if (outcome.Norm is { } norm)
                {
                    h.Append(Figures(report, goal, outcome, norm));
                    h.Append(SvgChart.Render(report, goal, outcome));
                    h.Append("<p class=\"chart-legend\"><span class=\"l-series\">●—</span> ").Append(Html.Text(report.T("gemeten (open: voorlopig of illustratief)", "measured (open: provisional or illustrative)")))
                     .Append(" <span class=\"l-path\">- -</span> ").Append(Html.Text(report.T("pad naar de streefwaarde", "path to the target")))
                     .Append(" <span class=\"l-projection\">···</span> ").Append(Html.Text(report.T("projectie van de trend", "projection of the trend")))
                     .Append(" <span class=\"l-target\">◆</span> ").Append(Html.Text(report.T("streefwaarde", "target")))
                     .Append(" <span class=\"l-milestone\">◆</span> ").Append(Html.Text(report.T("tussendoel", "milestone")))
                     .Append(" <span class=\"l-baseline\">■</span> ").Append(Html.Text(report.T("nulmeting", "baseline"))).Append("</p>");
                }
            }
            h.Append("</article>\n");
        }
        h.Append("</section>\n<footer>").Append(Html.Text(report.T("Gemaakt door policylang monitor.", "Made by policylang monitor."))).Append("</footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static string Figures(MonitorReport report, GoalInfo goal, GoalOutcome o, Norm norm)
    {
        var rows = new List<(string, string)>();
        if (report.Result.IndicatorOf(goal) is { } ind) rows.Add((report.T("Indicator", "Indicator"), $"{ind.Title}{(ind.UnitText.Length > 0 ? " (" + ind.UnitText + ")" : "")}"));
        if (norm.Baseline is { } b) rows.Add((report.T("Nulmeting", "Baseline"), $"{report.Number(b.Value)} in {b.Year}"));
        foreach (var m in norm.Milestones) rows.Add((report.T("Tussendoel", "Milestone"), Target(report, m)));
        if (norm.Target is { } t) rows.Add((report.T("Streefwaarde", "Target"), Target(report, t)));
        if (norm.Direction is { } d) rows.Add((report.T("Richting", "Direction"), DirectionLabel(d, report)));
        rows.Add((report.T("Tolerantie", "Tolerance"), NumberText.Percent(norm.Tolerance, report.English)));
        if (o.Latest is { } l) rows.Add((report.T("Laatste meting", "Latest measurement"), $"{report.Number(l.Value)} ({l.Period}{(l.Provisional ? report.T(", voorlopig", ", provisional") : "")}{(l.Illustrative ? report.T(", illustratief", ", illustrative") : "")})"));
        if (report.MissingOf(goal) is { Length: > 0 } missing)
            rows.Add((report.T("Ontbrekende metingen", "Missing measurements"), string.Join(", ", missing.Select(report.MissingText))));
        if (o.Expected is { } e) rows.Add((report.T("Volgens het pad", "Path expects"), report.Number(e)));
        if (o.Projection is { } p)
            rows.Add((report.T("Projectie", "Projection"), $"{report.Number(p)} in {o.ProjectionYear}" + (o.ProjectionCertain ? "" : report.T(" (onzeker)", " (uncertain)"))));
        rows.Add((report.T("Metingen gebruikt", "Measurements used"), o.Used.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "<table class=\"figures\">" + string.Concat(rows.Select(row => $"<tr><th>{Html.Text(row.Item1)}</th><td>{Html.Text(row.Item2)}</td></tr>")) + "</table>";
    }

    /// <summary>The target as the policy writes it; comparator words come from the vocabulary table.</summary>
    private static string Target(MonitorReport report, Runtime.Target t)
    {
        var comparator = ValueWords.Comparators.EntryOf(t.Comparator) is { } entry ? report.T(entry.Dutch, entry.English) + " " : "";
        return comparator + report.Number(t.Value) + (t.Year is { } y ? $" in {y}" : "");
    }

    private static string DirectionLabel(Direction d, MonitorReport report) =>
        ValueWords.Directions.EntryOf(d) is { } entry ? report.T(entry.Dutch, entry.English) : d.ToString();

    private static string KindLabel(GoalKind kind, MonitorReport report) => kind switch
    {
        GoalKind.Ambitie => report.T("ambitie", "ambition"),
        GoalKind.Kaderstelling => report.T("kaderstelling", "policy frame"),
        _ => report.T("doel", "goal"),
    };

    private const string Css = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0 auto;max-width:960px;padding:1.5em;color:#1d1d1f;line-height:1.45}
h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
.meta,.source,.legend,footer{color:#555;font-size:.9em}
.summary{display:flex;gap:.8em;flex-wrap:wrap}.count{padding:.6em 1em;border-radius:8px;color:#fff;font-weight:600;min-width:6em}
.count .n{font-size:1.8em;display:block}
.green{background:#2e7d32}.orange{background:#e07b00}.red{background:#c62828}.grey{background:#757575}.none{background:transparent}
.tree ul{list-style:none;padding:0}.tree li{margin:.25em 0}
.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.4em;vertical-align:middle}
.kind{color:#666;font-size:.8em;font-weight:normal}.rollup{color:#444;font-size:.85em}
.tree .title{color:#333}
article.doel{border-left:6px solid #ccc;padding:.2em 1em .8em;margin:1.2em 0;background:#fafafa}
article.doel.green{border-color:#2e7d32;background:#f3f9f3}article.doel.orange{border-color:#e07b00;background:#fff8ef}
article.doel.red{border-color:#c62828;background:#fdf2f2}article.doel.grey{border-color:#757575}article.doel.none{background:#fff}
.badge{color:#fff;border-radius:4px;padding:.1em .5em;font-size:.75em;vertical-align:middle}
.reason{font-weight:500}
table.figures{border-collapse:collapse;margin:.5em 0}table.figures th{text-align:left;font-weight:500;color:#444;padding:.15em 1em .15em 0}
svg.chart{width:100%;max-width:640px;height:auto;background:#fff;border:1px solid #e5e5e5;border-radius:6px}
.axis{stroke:#999}.grid{stroke:#eee}.tick{font-size:11px;fill:#555}
.series{fill:none;stroke:#1565c0;stroke-width:2}.point{fill:#1565c0}.point.open{fill:#fff;stroke:#1565c0;stroke-width:2}
.path{fill:none;stroke:#2e7d32;stroke-width:2;stroke-dasharray:6 4}.projection{fill:none;stroke:#6a1b9a;stroke-width:2;stroke-dasharray:2 4}.projection.uncertain{stroke:#9e9e9e;stroke-width:1.5}
.baseline{fill:#455a64}.milestone{fill:#fbc02d;stroke:#795548}.target{fill:#2e7d32;stroke:#1b5e20}
.peiljaar{stroke:#aaa;stroke-dasharray:3 3}
.chart-legend{font-size:.8em;color:#555}.l-series{color:#1565c0}.l-path{color:#2e7d32;font-weight:bold}.l-projection{color:#6a1b9a;font-weight:bold}
.l-target{color:#2e7d32}.l-milestone{color:#fbc02d}.l-baseline{color:#455a64}
@media print{body{max-width:none}article.doel{break-inside:avoid}}
""";
}
