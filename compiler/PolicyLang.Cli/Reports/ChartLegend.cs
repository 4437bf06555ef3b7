namespace PolicyLang.Cli.Reports;

/// <summary>The chart legend, with the same marks as the chart (no colour-only meaning: shape and line style differ too).</summary>
public static class ChartLegend
{
    public static string Html(bool english)
    {
        string T(string nl, string en) => english ? en : nl;
        static string Mark(string svg) => $"<svg class=\"legend-mark\" viewBox=\"0 0 24 12\" aria-hidden=\"true\">{svg}</svg>";
        var items = new (string Svg, string Label)[]
        {
            ("<line class=\"series\" x1=\"0\" y1=\"6\" x2=\"24\" y2=\"6\"/><circle class=\"point\" cx=\"12\" cy=\"6\" r=\"4\"/>", T("gemeten, definitief", "measured, final")),
            ("<circle class=\"point provisional\" cx=\"12\" cy=\"6\" r=\"4\"/>", T("voorlopig", "provisional")),
            ("<circle class=\"point illustrative\" cx=\"12\" cy=\"6\" r=\"4\"/>", T("illustratief (geen echte meting)", "illustrative (not a real measurement)")),
            ("<rect class=\"band\" x=\"0\" y=\"2\" width=\"24\" height=\"8\"/><line class=\"norm\" x1=\"0\" y1=\"2\" x2=\"24\" y2=\"2\"/>", T("norm per jaar met tolerantieband", "norm per year with tolerance band")),
            ("<line class=\"projection\" x1=\"0\" y1=\"6\" x2=\"24\" y2=\"6\"/>", T("projectie (stippel: onzeker)", "projection (dotted: uncertain)")),
            ("<line class=\"comparison\" x1=\"0\" y1=\"6\" x2=\"24\" y2=\"6\"/>", T("vergelijking (dunne lijn, naam aan het eind)", "comparison (thin line, named at its end)")),
            ("<line class=\"gap\" x1=\"12\" y1=\"0\" x2=\"12\" y2=\"12\"/>", T("meting ontbreekt (onderbreking)", "measurement missing (break)")),
            ("<rect class=\"baseline\" x=\"7\" y=\"1\" width=\"10\" height=\"10\"/>", T("nulmeting", "baseline")),
            ("<polygon class=\"milestone\" points=\"12,0 18,6 12,12 6,6\"/>", T("tussendoel", "milestone")),
            ("<polygon class=\"target\" points=\"12,0 18,6 12,12 6,6\"/>", T("streefwaarde", "target")),
        };
        return "<ul class=\"chart-legend\">" + string.Concat(items.Select(i => $"<li>{Mark(i.Svg)} {HtmlText.Esc(i.Label)}</li>")) + "</ul>";
    }
}
