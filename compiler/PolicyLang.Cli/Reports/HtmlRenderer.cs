using System.Text;
using static PolicyLang.Cli.Reports.HtmlText;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// The stoplicht report for the raad as one self-contained HTML file (inline CSS and SVG, no script,
/// no network): what needs attention first, then per programme the three W-questions, each doel
/// headed by its title with every figure in its unit, and a chart with its figures as a table.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(ReportModel m)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"").Append(m.English ? "en" : "nl").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n");
        h.Append("<title>").Append(Esc(m.T("Monitor", "Monitor") + ": " + m.Title)).Append("</title>\n<style>").Append(HtmlStyle.Css).Append("</style>\n</head>\n<body>\n");
        h.Append("<header><h1>").Append(Esc(m.Title)).Append("</h1>\n<p class=\"meta\">")
         .Append(Esc(string.Join(", ", m.Gemeenten))).Append(" · ").Append(m.T("peiljaar", "reference year")).Append(' ').Append(m.Peiljaar)
         .Append(" · ").Append(m.T("metingen uit", "measurements from")).Append(" <code>").Append(Esc(m.MeasurementsName)).Append("</code></p></header>\n<main>\n");
        Summary(h, m);
        foreach (var programme in m.Programmes) ProgrammeSection(h, m, programme);
        h.Append("</main>\n<footer>").Append(Esc(m.T("Gemaakt door policylang monitor.", "Made by policylang monitor."))).Append("</footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Summary(StringBuilder h, ReportModel m)
    {
        h.Append("<section class=\"summary\" aria-labelledby=\"samenvatting\"><h2 id=\"samenvatting\">").Append(Esc(m.T("Samenvatting", "Summary"))).Append("</h2>\n<ul class=\"counts\">");
        foreach (var c in m.Counts)
            h.Append($"<li class=\"count {Signal.Css(c.Colour)}\"><span class=\"n\">{c.Count}</span> <span aria-hidden=\"true\">{Signal.Icon(c.Colour)}</span> {Esc(c.Label)}</li>");
        h.Append("</ul>\n<p class=\"legend\">").Append(Esc(m.T(
            "Groen: behaald of op koers. Oranje: risico (achter, binnen de tolerantie). Rood: niet op koers of niet behaald. Grijs: geen gegevens of niet meetbaar. De tellingen zijn van de doelen zonder subdoelen.",
            "Green: achieved or on track. Orange: at risk (behind, within tolerance). Red: off track or not achieved. Grey: no data or not measurable. The counts are of the goals without sub-goals."))).Append("</p>\n");
        h.Append("<h3 id=\"aandacht\">").Append(Esc(m.T("Vraagt aandacht: rood en oranje", "Needs attention: red and orange"))).Append("</h3>\n");
        if (m.Attention.Count == 0) h.Append("<p>").Append(Esc(m.T("Geen doel is rood of oranje.", "No goal is red or orange."))).Append("</p>\n");
        else
        {
            h.Append("<ul class=\"attention\">");
            foreach (var c in m.Attention)
            {
                h.Append($"<li class=\"{Signal.Css(c.Colour)}\" data-doel=\"{EscAttr(c.Id)}\">{Badge(c)} <a href=\"#doel-{EscAttr(c.Id)}\">{Esc(c.Title)}</a> <span class=\"id\">{Esc(c.Id)}</span>");
                h.Append($"<br><span class=\"reason\">{Esc(c.Reason)}</span>");
                if (c.LacksExplanation) h.Append($" <span class=\"missing-explanation\">{Esc(m.T("Toelichting ontbreekt.", "Explanation missing."))}</span>");
                h.Append("</li>");
            }
            h.Append("</ul>\n");
        }
        h.Append("<h3>").Append(Esc(m.T("Programma's", "Programmes"))).Append("</h3>\n<ol class=\"toc\">");
        foreach (var p in m.Programmes) h.Append($"<li><a href=\"#programma-{EscAttr(Anchor(p))}\">{Esc(p.Title)}</a></li>");
        h.Append("</ol>\n</section>\n");
    }

    private static string Anchor(Programme p) => p.Id.Length > 0 ? p.Id : "overig";

    private static void ProgrammeSection(StringBuilder h, ReportModel m, Programme p)
    {
        h.Append($"<section class=\"programme\" data-titel=\"{EscAttr(p.Title)}\" id=\"programma-{EscAttr(Anchor(p))}\" aria-labelledby=\"kop-{EscAttr(Anchor(p))}\"><h2 id=\"kop-{EscAttr(Anchor(p))}\">{Esc(p.Title)}");
        if (p.Id.Length > 0) h.Append($" <span class=\"id\">{Esc(p.Id)}</span>");
        h.Append("</h2>\n<h3>").Append(Esc(m.T("Wat willen we bereiken?", "What do we want to achieve?"))).Append("</h3>\n");
        foreach (var id in p.GoalIds) if (m.Card(id) is { } c) CardHtml(h, m, c);

        h.Append("<h3>").Append(Esc(m.T("Wat gaan we daarvoor doen?", "What will we do for it?"))).Append("</h3>\n");
        if (p.Maatregelen.Count == 0) h.Append("<p class=\"none\">").Append(Esc(m.T("Geen maatregelen aan dit programma gekoppeld.", "No measures linked to this programme."))).Append("</p>\n");
        else
        {
            h.Append("<table class=\"measures\"><thead><tr><th scope=\"col\">").Append(Esc(m.T("Maatregel", "Measure"))).Append("</th><th scope=\"col\">")
             .Append(Esc(m.T("Eigenaar", "Owner"))).Append("</th><th scope=\"col\">").Append(Esc(m.T("Stand van zaken", "State"))).Append("</th><th scope=\"col\">")
             .Append(Esc(m.T("Termijn", "Term"))).Append("</th></tr></thead><tbody>");
            foreach (var x in p.Maatregelen)
                h.Append($"<tr><td>{Esc(x.Title)}{(x.Id is null ? "" : $" <span class=\"id\">{Esc(x.Id)}</span>")}</td><td>{Esc(x.Owner ?? "—")}</td><td>{Esc(x.State ?? m.T("niet vermeld", "not stated"))}</td><td>{Esc(x.Term ?? "—")}</td></tr>");
            h.Append("</tbody></table>\n");
        }

        h.Append("<h3>").Append(Esc(m.T("Wat mag het kosten?", "What may it cost?"))).Append("</h3>\n");
        if (p.Budget.Count == 0) h.Append("<p class=\"none\">").Append(Esc(m.T("Geen begrotingsposten aan dit programma gekoppeld.", "No budget lines linked to this programme."))).Append("</p>\n");
        else if (p.HasRealisation) RealisationHtml(h, m, p);
        else
        {
            h.Append("<table class=\"budget\"><thead><tr><th scope=\"col\">").Append(Esc(m.T("Post", "Line"))).Append("</th>");
            foreach (var y in p.BudgetYears) h.Append($"<th scope=\"col\" class=\"num\">{m.T("Begroot", "Budget")} {y}</th>");
            h.Append("</tr></thead><tbody>");
            foreach (var line in p.Budget)
            {
                h.Append($"<tr><th scope=\"row\">{Esc(line.Title)}</th>");
                foreach (var y in p.BudgetYears) h.Append($"<td class=\"num\">{Esc(line.Amounts.FirstOrDefault(a => a.Year == y)?.Text ?? "—")}</td>");
                h.Append("</tr>");
            }
            h.Append("</tbody></table>\n<p class=\"note\">").Append(Esc(p.BudgetNote)).Append("</p>\n");
        }
        h.Append("</section>\n");
    }

    /// <summary>Per post and year begroot, realisatie and verschil side by side; a tbody per post, its title heading the group.</summary>
    private static void RealisationHtml(StringBuilder h, ReportModel m, Programme p)
    {
        h.Append("<table class=\"budget realisation\"><thead><tr><th scope=\"col\">").Append(Esc(m.T("Post", "Line")))
         .Append("</th><th scope=\"col\">").Append(Esc(m.T("Jaar", "Year")))
         .Append("</th><th scope=\"col\" class=\"num\">").Append(Esc(m.T("Begroot", "Budget")))
         .Append("</th><th scope=\"col\" class=\"num\">").Append(Esc(m.T("Realisatie", "Actual")))
         .Append("</th><th scope=\"col\" class=\"num\">").Append(Esc(m.T("Verschil (realisatie − begroot)", "Difference (actual − budget)"))).Append("</th></tr></thead>");
        foreach (var line in p.Budget)
        {
            h.Append("<tbody>");
            var years = line.Years.Count == 0 ? [null] : line.Years.Cast<BudgetYear?>().ToList();
            for (var i = 0; i < years.Count; i++)
            {
                h.Append("<tr>");
                if (i == 0) h.Append($"<th scope=\"rowgroup\"{(years.Count > 1 ? $" rowspan=\"{years.Count}\"" : "")}>{Esc(line.Title)}</th>");
                var y = years[i];
                h.Append($"<td>{(y is null ? "—" : y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))}</td>")
                 .Append($"<td class=\"num\">{Esc(y?.Budgeted?.Text ?? "—")}</td>")
                 .Append($"<td class=\"num{(y?.Realised?.Missing is not null ? " missing" : "")}\">{Esc(y?.Realised?.Text ?? "—")}</td>")
                 .Append($"<td class=\"num\">{Esc(y?.DifferenceText ?? "—")}</td></tr>");
            }
            h.Append("</tbody>");
        }
        h.Append("</table>\n<p class=\"note\">").Append(Esc(p.BudgetNote)).Append("</p>\n");
    }

    private static string Badge(GoalCard c) =>
        c.StatusLabel is null ? "" : $"<span class=\"badge {Signal.Css(c.Colour)}\"><span aria-hidden=\"true\">{Signal.Icon(c.Colour!.Value)}</span> {Esc(c.StatusLabel)}</span>";

    private static void CardHtml(StringBuilder h, ReportModel m, GoalCard c)
    {
        h.Append($"<article class=\"doel {Signal.Css(c.Colour)}\" id=\"doel-{EscAttr(c.Id)}\" data-doel=\"{EscAttr(c.Id)}\" data-eenheid=\"{EscAttr(c.UnitLabel ?? "")}\" aria-labelledby=\"titel-{EscAttr(c.Id)}\">");
        h.Append($"<h4 id=\"titel-{EscAttr(c.Id)}\" class=\"card-title\">{Esc(c.Title)}</h4>");
        h.Append($"<p class=\"card-meta\">{Badge(c)} <span class=\"kind\">{Esc(c.KindLabel)}</span> <span class=\"id\">{Esc(c.Id)}</span> <span class=\"source\">{Esc(c.Source)}</span></p>");
        if (c.RollUp is { } rollUp) h.Append($"<p class=\"rollup\">{Esc(m.T("Onderliggende doelen", "Goals below"))}: {Esc(rollUp)}</p>");
        if (c.Reason.Length > 0) h.Append($"<p class=\"reason\">{Esc(c.Reason)}</p>");
        if (c.Explanations.Count > 0)
        {
            h.Append("<div class=\"explanations\"><p class=\"label\">").Append(Esc(m.T("Toelichting", "Explanation"))).Append("</p><dl>");
            foreach (var e in c.Explanations) h.Append($"<dt>{Esc(e.Period)}</dt><dd>{Esc(e.Text)}</dd>");
            h.Append("</dl></div>");
        }
        if (c.LacksExplanation)
            h.Append("<p class=\"missing-explanation\">").Append(Esc(m.T(
                "Toelichting ontbreekt: bij rood en oranje hoort een toelichting (oorzaak, gevolg, bijsturing).",
                "Explanation missing: red and orange need an explanation (cause, consequence, correction)."))).Append("</p>");
        if (c.Figures.Count > 0)
            h.Append("<table class=\"figures\"><tbody>").Append(string.Concat(c.Figures.Select(f => $"<tr data-soort=\"{EscAttr(f.Key)}\"><th scope=\"row\">{Esc(f.Label)}</th><td>{Esc(f.Text)}</td></tr>"))).Append("</tbody></table>");
        if (c.Chart is { } chart)
        {
            h.Append("<figure class=\"chart-figure\">").Append(SvgChart.Render(chart, c.Id, m.English));
            h.Append($"<figcaption>{Esc(chart.Label)} ({Esc(chart.UnitLabel)})</figcaption>");
            h.Append(ChartLegend.Html(m.English)).Append(ChartTable.Html(chart, m.English)).Append("</figure>");
        }
        h.Append("</article>\n");
    }
}
