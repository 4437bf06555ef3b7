using PolicyLang.Runtime;
using Spectre.Console;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// The stoplicht table on the terminal (Spectre.Console); policy text goes through <see cref="TerminalText"/>.
/// Styles are <see cref="Style"/> objects, not markup strings: Spectre's markup parser looks colour
/// names up in a table that costs a warm <c>policylang monitor</c> tens of milliseconds of JIT
/// (docs/performance.md), and text that is never parsed as markup needs no escaping either.
/// </summary>
public static class ConsoleReport
{
    public static void Write(IAnsiConsole console, MonitorReport report)
    {
        var r = report.Result;
        // Without colours (output redirected to a file or a CI log) a style is only work: Spectre
        // would still map every colour to the nearest one of no palette.
        var styles = console.Profile.Capabilities.ColorSystem == ColorSystem.NoColors ? Styles.Plain : Styles.Coloured;
        console.Write(new Paragraph()
            .Append(TerminalText.Clean(report.Title), new Style(decoration: Decoration.Bold))
            .Append($" ({TerminalText.Clean(report.Gemeenten)}) — {report.T("peiljaar", "reference year")} {r.Peiljaar}\n"));
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
                    new Spectre.Console.Text($"● {o.Status.Label(report.English)}", styles.Of(o.Status.Colour())),
                    new Spectre.Console.Text(o.Latest is { } l ? $"{report.Number(l.Value)} ({l.Period})" : "—"),
                    new Spectre.Console.Text(o.Expected is { } e ? report.Number(e) : "—"),
                    new Spectre.Console.Text(TerminalText.Clean(o.Reason.In(report.English))));
            }
            else
            {
                table.AddRow(new Spectre.Console.Text(name), new Spectre.Console.Text(RollUpText(report, row.RollUp), styles.Of(Colour.Grey)), new Spectre.Console.Text(""), new Spectre.Console.Text(""), new Spectre.Console.Text(""));
            }
        }
        console.Write(table);
        if (hidden > 0)
            console.Write(new Paragraph(report.T($"{hidden} regels met doelen zonder indicator of bewust niet meetbaar staan niet in de tabel (wel in het HTML-rapport).\n", $"{hidden} rows with goals without an indicator or deliberately not measurable are not in the table (they are in the HTML report).\n"), styles.Of(Colour.Grey)));
        console.Write(SummaryLine(report, styles, r.Summary, report.T("doelen", "goals")));
        if (r.ParentSummary.Total > 0)
            console.Write(SummaryLine(report, styles, r.ParentSummary, report.T("hoofddoelen (gemeten via hun subdoelen of een eigen indicator)", "parent goals (measured through their sub-goals or an own indicator)")));
    }

    private static Paragraph SummaryLine(MonitorReport report, Styles styles, Distribution s, string what) => new Paragraph()
        .Append($"{s.Of(Colour.Green)} {report.T("groen", "green")}", styles.Of(Colour.Green)).Append(", ")
        .Append($"{s.Of(Colour.Orange)} {report.T("oranje", "orange")}", styles.Of(Colour.Orange)).Append(", ")
        .Append($"{s.Of(Colour.Red)} {report.T("rood", "red")}", styles.Of(Colour.Red)).Append(", ")
        .Append($"{s.Of(Colour.Grey)} {report.T("grijs", "grey")}", styles.Of(Colour.Grey))
        .Append($" — {s.Total} {what}\n");

    public static string RollUpText(MonitorReport report, Distribution d) => d.Total == 0 ? "" :
        $"{d.Of(Colour.Green)} {report.T("groen", "green")} · {d.Of(Colour.Orange)} {report.T("oranje", "orange")} · {d.Of(Colour.Red)} {report.T("rood", "red")} · {d.Of(Colour.Grey)} {report.T("grijs", "grey")}";

    /// <summary>The four stoplicht styles, or none at all.</summary>
    private sealed class Styles(Style green, Style orange, Style red, Style grey)
    {
        public static readonly Styles Coloured = new(new Style(Color.Green), new Style(Color.DarkOrange), new Style(Color.Red), new Style(Color.Grey));
        public static readonly Styles Plain = new(Style.Plain, Style.Plain, Style.Plain, Style.Plain);

        public Style Of(Colour colour) => colour switch
        {
            Colour.Green => green,
            Colour.Orange => orange,
            Colour.Red => red,
            _ => grey,
        };
    }
}
