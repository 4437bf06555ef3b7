using PolicyLang.Runtime;
using Spectre.Console;

namespace PolicyLang.Cli.Monitoring;

/// <summary>The stoplicht table on the terminal (Spectre.Console); policy text goes through <see cref="TerminalText"/>.</summary>
public static class ConsoleReport
{
    public static void Write(IAnsiConsole console, MonitorReport report)
    {
        var r = report.Result;
        console.MarkupLine($"[bold]{Markup.Escape(TerminalText.Clean(report.Title))}[/] ({Markup.Escape(TerminalText.Clean(report.Gemeenten))}) — {report.T("peiljaar", "reference year")} {r.Peiljaar}");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(report.T("Doel", "Goal"))
            .AddColumn(report.T("Status", "Status"))
            .AddColumn(new TableColumn(report.T("Laatste", "Latest")).RightAligned())
            .AddColumn(new TableColumn(report.T("Pad", "Path")).RightAligned())
            .AddColumn(report.T("Reden", "Reason"));
        var hidden = 0;
        foreach (var row in report.Rows)
        {
            // The terminal shows what can be judged and what rolls up; doelen without an indicator
            // are counted below the table (the HTML, Markdown and JSON reports list them all).
            if (row.Outcome is { Norm: null } && row.RollUp.Total == 0) { hidden++; continue; }
            var name = new string(' ', row.Depth * 2) + TerminalText.Clean(row.Goal.Id);
            if (row.Outcome is { } o)
            {
                table.AddRow(
                    new Spectre.Console.Text(name),
                    new Markup($"[{Style(o.Status)}]● {Markup.Escape(o.Status.Label(report.English))}[/]"),
                    new Spectre.Console.Text(o.Latest is { } l ? $"{report.Number(l.Value)} ({l.Period})" : "—"),
                    new Spectre.Console.Text(o.Expected is { } e ? report.Number(e) : "—"),
                    new Spectre.Console.Text(TerminalText.Clean(o.Reason.In(report.English))));
            }
            else
            {
                table.AddRow(new Spectre.Console.Text(name), new Markup($"[grey]{Markup.Escape(RollUpText(report, row.RollUp))}[/]"), new Spectre.Console.Text(""), new Spectre.Console.Text(""), new Spectre.Console.Text(""));
            }
        }
        console.Write(table);
        if (hidden > 0)
            console.MarkupLine($"[grey]{report.T($"{hidden} regels met doelen zonder indicator of bewust niet meetbaar staan niet in de tabel (wel in het HTML-rapport).", $"{hidden} rows with goals without an indicator or deliberately not measurable are not in the table (they are in the HTML report).")}[/]");
        console.MarkupLine(SummaryLine(report, r.Summary, report.T("doelen", "goals")));
        if (r.ParentSummary.Total > 0)
            console.MarkupLine(SummaryLine(report, r.ParentSummary, report.T("hoofddoelen (gemeten via hun subdoelen of een eigen indicator)", "parent goals (measured through their sub-goals or an own indicator)")));
    }

    private static string SummaryLine(MonitorReport report, Distribution s, string what) =>
        $"[green]{s.Of(Colour.Green)} {report.T("groen", "green")}[/], [darkorange]{s.Of(Colour.Orange)} {report.T("oranje", "orange")}[/], " +
        $"[red]{s.Of(Colour.Red)} {report.T("rood", "red")}[/], [grey]{s.Of(Colour.Grey)} {report.T("grijs", "grey")}[/] — {s.Total} {Markup.Escape(what)}";

    public static string RollUpText(MonitorReport report, Distribution d) => d.Total == 0 ? "" :
        $"{d.Of(Colour.Green)} {report.T("groen", "green")} · {d.Of(Colour.Orange)} {report.T("oranje", "orange")} · {d.Of(Colour.Red)} {report.T("rood", "red")} · {d.Of(Colour.Grey)} {report.T("grijs", "grey")}";

    private static string Style(GoalStatus status) => status.Colour() switch
    {
        Colour.Green => "green",
        Colour.Orange => "darkorange",
        Colour.Red => "red",
        _ => "grey",
    };
}
