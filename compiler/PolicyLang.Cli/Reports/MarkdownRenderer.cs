using System.Text;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// The stoplicht report as Markdown (for a wiki, a pull request or a raadsvoorstel draft): the same
/// content as the HTML report, the charts as their tables.
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(ReportModel m)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(m.Title)).Append("\n\n");
        md.Append(m.T("Gemeente", "Municipality")).Append(": ").Append(Inline(string.Join(", ", m.Gemeenten))).Append(" · ")
          .Append(m.T("peiljaar", "reference year")).Append(' ').Append(m.Peiljaar).Append(" · ")
          .Append(m.T("metingen", "measurements")).Append(": `").Append(m.MeasurementsName.Replace("`", "'")).Append("`\n\n");
        md.Append("## ").Append(m.T("Samenvatting", "Summary")).Append("\n\n");
        md.Append("| ").Append(string.Join(" | ", m.Counts.Select(c => $"{Icon(c.Colour)} {c.Label}"))).Append(" |\n");
        md.Append('|').Append(string.Concat(m.Counts.Select(_ => "---:|"))).Append('\n');
        md.Append("| ").Append(string.Join(" | ", m.Counts.Select(c => c.Count))).Append(" |\n\n");
        md.Append("### ").Append(m.T("Vraagt aandacht: rood en oranje", "Needs attention: red and orange")).Append("\n\n");
        if (m.Attention.Count == 0) md.Append(m.T("Geen doel is rood of oranje.", "No goal is red or orange.")).Append("\n\n");
        foreach (var c in m.Attention)
        {
            md.Append($"- {Icon(c.Colour)} **{Inline(c.StatusLabel ?? "")}** {Inline(c.Title)} `{c.Id}`: {Inline(c.Reason)}");
            if (c.LacksExplanation) md.Append(' ').Append(m.T("**Toelichting ontbreekt.**", "**Explanation missing.**"));
            md.Append('\n');
        }
        md.Append('\n');

        foreach (var p in m.Programmes)
        {
            md.Append("## ").Append(Inline(p.Title)).Append(p.Id.Length > 0 ? $" `{p.Id}`" : "").Append("\n\n");
            md.Append("### ").Append(m.T("Wat willen we bereiken?", "What do we want to achieve?")).Append("\n\n");
            foreach (var id in p.GoalIds) if (m.Card(id) is { } c) Card(md, m, c);
            md.Append("### ").Append(m.T("Wat gaan we daarvoor doen?", "What will we do for it?")).Append("\n\n");
            if (p.Maatregelen.Count == 0) md.Append(m.T("Geen maatregelen aan dit programma gekoppeld.", "No measures linked to this programme.")).Append("\n\n");
            else
            {
                md.Append($"| {m.T("Maatregel", "Measure")} | {m.T("Eigenaar", "Owner")} | {m.T("Stand van zaken", "State")} | {m.T("Termijn", "Term")} |\n|---|---|---|---|\n");
                foreach (var x in p.Maatregelen)
                    md.Append($"| {Cell(x.Title)}{(x.Id is null ? "" : $" `{x.Id}`")} | {Cell(x.Owner ?? "—")} | {Cell(x.State ?? m.T("niet vermeld", "not stated"))} | {Cell(x.Term ?? "—")} |\n");
                md.Append('\n');
            }
            md.Append("### ").Append(m.T("Wat mag het kosten?", "What may it cost?")).Append("\n\n");
            if (p.Budget.Count == 0) md.Append(m.T("Geen begrotingsposten aan dit programma gekoppeld.", "No budget lines linked to this programme.")).Append("\n\n");
            else if (p.HasRealisation)
            {
                md.Append($"| {m.T("Post", "Line")} | {m.T("Jaar", "Year")} | {m.T("Begroot", "Budget")} | {m.T("Realisatie", "Actual")} | {m.T("Verschil (realisatie − begroot)", "Difference (actual − budget)")} |\n|---|---|---:|---:|---:|\n");
                foreach (var line in p.Budget)
                {
                    if (line.Years.Count == 0) md.Append($"| {Cell(line.Title)} | — | — | — | — |\n");
                    foreach (var y in line.Years)
                        md.Append($"| {Cell(line.Title)} | {y.Year} | {Cell(y.Budgeted?.Text ?? "—")} | {Cell(y.Realised?.Text ?? "—")} | {Cell(y.DifferenceText ?? "—")} |\n");
                }
                md.Append('\n').Append(p.BudgetNote).Append("\n\n");
            }
            else
            {
                md.Append($"| {m.T("Post", "Line")} |").Append(string.Concat(p.BudgetYears.Select(y => $" {m.T("Begroot", "Budget")} {y} |"))).Append("\n|---|").Append(string.Concat(p.BudgetYears.Select(_ => "---:|"))).Append('\n');
                foreach (var line in p.Budget)
                    md.Append($"| {Cell(line.Title)} |").Append(string.Concat(p.BudgetYears.Select(y => $" {Cell(line.Amounts.FirstOrDefault(a => a.Year == y)?.Text ?? "—")} |"))).Append('\n');
                md.Append('\n').Append(p.BudgetNote).Append("\n\n");
            }
        }
        return md.ToString();
    }

    private static void Card(StringBuilder md, ReportModel m, GoalCard c)
    {
        md.Append("#### ").Append(Inline(c.Title)).Append("\n\n");
        md.Append(c.StatusLabel is null ? "" : $"{Icon(c.Colour)} **{Inline(c.StatusLabel)}** · ").Append($"{c.KindLabel} `{c.Id}` · {Inline(c.Source)}\n\n");
        if (c.RollUp is { } r) md.Append(m.T("Onderliggende doelen", "Goals below")).Append(": ").Append(Inline(r)).Append("\n\n");
        if (c.Reason.Length > 0) md.Append(Inline(c.Reason)).Append("\n\n");
        foreach (var e in c.Explanations) md.Append($"> **{m.T("Toelichting", "Explanation")} {e.Period}:** {Inline(e.Text)}\n");
        if (c.Explanations.Count > 0) md.Append('\n');
        if (c.LacksExplanation)
            md.Append(m.T("**Toelichting ontbreekt:** bij rood en oranje hoort een toelichting (oorzaak, gevolg, bijsturing).", "**Explanation missing:** red and orange need an explanation (cause, consequence, correction).")).Append("\n\n");
        if (c.Figures.Count > 0)
        {
            md.Append("| | |\n|---|---|\n");
            foreach (var f in c.Figures) md.Append($"| {Cell(f.Label)} | {Cell(f.Text)} |\n");
            md.Append('\n');
        }
        if (c.Chart is { } chart)
        {
            var compare = chart.Comparisons.Count > 0;
            md.Append($"| {m.T("Periode", "Period")} | {m.T("Gemeten", "Measured")} ({Cell(chart.UnitLabel)}) | {m.T("Norm", "Norm")} |{(compare ? $" {m.T("Vergelijking", "Comparison")} |" : "")} {m.T("Soort", "Kind")} |\n|---|---:|---|{(compare ? "---|" : "")}---|\n");
            foreach (var row in ChartTable.Rows(chart, m.English))
                md.Append($"| {row.Period} | {Cell(row.Measured)} | {Cell(row.Norm)} |{(compare ? $" {Cell(row.Comparison)} |" : "")} {Cell(row.Kind)} |\n");
            md.Append('\n');
        }
    }

    private static string Icon(Runtime.Colour? colour) => colour switch
    {
        Runtime.Colour.Green => "🟢",
        Runtime.Colour.Orange => "🟠",
        Runtime.Colour.Red => "🔴",
        Runtime.Colour.Grey => "⚪",
        _ => "",
    };

    /// <summary>Policy text in running Markdown: no line breaks, no HTML.</summary>
    private static string Inline(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Policy text in a table cell: also no pipes.</summary>
    private static string Cell(string text) => Inline(text).Replace("|", "\\|");
}
