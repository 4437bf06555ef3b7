using System.Text;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>The stoplicht report as Markdown (for a wiki, a pull request or a raadsvoorstel draft).</summary>
public static class MarkdownReport
{
    public static string Render(MonitorReport report)
    {
        var r = report.Result;
        var md = new StringBuilder();
        md.Append("# ").Append(Cell(report.Title)).Append('\n').Append('\n');
        md.Append(report.T("Gemeente", "Municipality")).Append(": ").Append(Cell(report.Gemeenten)).Append(" · ")
          .Append(report.T("peiljaar", "reference year")).Append(' ').Append(r.Peiljaar).Append(" · ")
          .Append(report.T("metingen", "measurements")).Append(": `").Append(report.MeasurementsName.Replace("`", "'")).Append("`\n\n");
        md.Append("| ").Append(string.Join(" | ", Enum.GetValues<Colour>().Select(c => c.Label(report.English)))).Append(" |\n");
        md.Append("|---:|---:|---:|---:|\n");
        md.Append("| ").Append(string.Join(" | ", Enum.GetValues<Colour>().Select(c => r.Summary.Of(c)))).Append(" |\n\n");
        if (r.ParentSummary.Total > 0)
            md.Append(report.T("Hoofddoelen", "Parent goals")).Append(": ").Append(ConsoleReport.RollUpText(report, r.ParentSummary)).Append("\n\n");
        md.Append("| ").Append(report.T("Doel", "Goal")).Append(" | Status | ").Append(report.T("Laatste", "Latest")).Append(" | ")
          .Append(report.T("Pad", "Path")).Append(" | ").Append(report.T("Reden", "Reason")).Append(" |\n|---|---|---:|---:|---|\n");
        foreach (var row in report.Rows)
        {
            var name = new string('·', row.Depth * 2) + (row.Depth > 0 ? " " : "") + Cell(row.Goal.Id);
            if (row.Outcome is { } o)
                md.Append($"| {name} | {Icon(o.Colour)} {o.Status.Label(report.English)} | {LatestText(report, o)} | {(o.Expected is { } e ? report.Number(e) : "—")} | {Cell(o.Reason.In(report.English))} |\n");
            else
                md.Append($"| {name} | {Cell(ConsoleReport.RollUpText(report, row.RollUp))} | | | |\n");
        }
        return md.ToString();
    }

    /// <summary>The latest figure, and when the latest period is declared missing, that too ("7,1 (2019); 2020: ontbreekt").</summary>
    private static string LatestText(MonitorReport report, GoalOutcome o)
    {
        var latest = o.Latest is { } l ? $"{report.Number(l.Value)} ({l.Period})" : "—";
        return o.LatestMissing is { } gap ? $"{latest}; {gap.Period}: {report.T("ontbreekt", "missing")}" : latest;
    }

    private static string Icon(Colour colour) => colour switch
    {
        Colour.Green => "🟢",
        Colour.Orange => "🟠",
        Colour.Red => "🔴",
        _ => "⚪",
    };

    /// <summary>Policy text in a table cell: no pipes, no line breaks, no HTML.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ").Replace("<", "&lt;").Replace(">", "&gt;");
}
