using System.Globalization;
using System.Text;
using static PolicyLang.Cli.Reports.HtmlText;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// A doel's chart as inline SVG: round ticks with the unit on the axis, the norm per year as a
/// line with its tolerance band, the measured series (filled: definitief; open: voorlopig; light:
/// illustratief) with a gap where a period is declared missing, and the projection dashed from the
/// last point (dotted and grey when uncertain). The figures are also in the table beside it.
/// </summary>
public static class SvgChart
{
    private const double Width = 640, Height = 270, Left = 72, Right = 20, Top = 28, Bottom = 36;

    public static string Render(ChartModel c, string goalId, bool english)
    {
        string T(string nl, string en) => english ? en : nl;
        var f = c.Format;
        var times = c.Points.Concat(c.Comparisons.SelectMany(x => x.Points)).Select(p => p.Time).Concat(c.Norm.Select(n => n.Time)).Concat(c.Gaps.Select(g => g.Time))
            .Concat(c.Projection is { } pr ? [pr.ToTime] : []).Concat(c.Baseline is { } b0 ? [b0.Time] : []).ToList();
        var values = c.Points.Concat(c.Comparisons.SelectMany(x => x.Points)).Select(p => p.Value).Concat(c.Norm.SelectMany(n => new[] { n.Value, n.BandEdge }))
            .Concat(c.Projection is { } pv ? [pv.ToValue] : []).Concat(c.Milestones.Select(x => x.Value)).Concat(c.Baseline is { } b1 ? [b1.Value] : []).ToList();
        if (times.Count == 0) times.Add(c.Peiljaar);
        if (values.Count == 0) values.Add(0);
        var x0 = Math.Floor(times.Min());
        var x1 = Math.Ceiling(times.Max());
        if (x1 - x0 < 1) { x0 -= 1; x1 += 1; }
        var (y0, y1, step) = AxisScale.Nice(values.Min(), values.Max());

        double X(decimal v) => Left + (double)((v - x0) / (x1 - x0)) * (Width - Left - Right);
        double Y(decimal v) => Top + (1 - (double)((v - y0) / (y1 - y0))) * (Height - Top - Bottom);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string Pts(IEnumerable<(decimal T, decimal V)> points) => string.Join(" ", points.Select(p => F(X(p.T)) + "," + F(Y(p.V))));

        var s = new StringBuilder();
        s.Append($"<svg class=\"chart\" data-doel=\"{EscAttr(goalId)}\" viewBox=\"0 0 {F(Width)} {F(Height)}\" role=\"img\" aria-label=\"{EscAttr(c.Label + " (" + c.UnitLabel + ")")}\" xmlns=\"http://www.w3.org/2000/svg\">");
        // y axis: round ticks and the unit
        foreach (var v in AxisScale.Ticks(y0, y1, step))
        {
            s.Append($"<line class=\"grid\" x1=\"{F(Left)}\" y1=\"{F(Y(v))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(v))}\"/>");
            s.Append($"<text class=\"tick y-tick\" x=\"{F(Left - 6)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{Esc(f.Short(v))}</text>");
        }
        s.Append($"<text class=\"axis-unit\" x=\"{F(8)}\" y=\"{F(14)}\">{Esc(c.UnitLabel)}</text>");
        s.Append($"<line class=\"axis\" x1=\"{F(Left)}\" y1=\"{F(Height - Bottom)}\" x2=\"{F(Width - Right)}\" y2=\"{F(Height - Bottom)}\"/>");
        s.Append($"<line class=\"axis\" x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Height - Bottom)}\"/>");
        var yearStep = Math.Max(1, (int)Math.Ceiling((x1 - x0) / 10));
        for (var year = x0; year <= x1; year += yearStep)
            s.Append($"<text class=\"tick x-tick\" x=\"{F(X(year))}\" y=\"{F(Height - Bottom + 16)}\" text-anchor=\"middle\">{F((double)year)}</text>");
        if (c.Peiljaar >= x0 && c.Peiljaar <= x1)
            s.Append($"<line class=\"peiljaar\" x1=\"{F(X(c.Peiljaar))}\" y1=\"{F(Top)}\" x2=\"{F(X(c.Peiljaar))}\" y2=\"{F(Height - Bottom)}\"><title>{Esc(T("peiljaar", "reference year"))} {c.Peiljaar}</title></line>");

        // the norm in force per year, with its tolerance band
        if (c.Norm.Count > 0)
        {
            var band = c.Norm.Select(n => (n.Time, n.Value)).Concat(c.Norm.Reverse().Select(n => (n.Time, n.BandEdge)));
            s.Append($"<polygon class=\"band\" points=\"{Pts(band)}\"><title>{Esc(T("tolerantie: hier is het doel oranje", "tolerance: here the goal is orange"))}</title></polygon>");
            s.Append($"<polyline class=\"norm\" points=\"{Pts(c.Norm.Select(n => (n.Time, n.Value)))}\"><title>{Esc(T("norm per jaar: het pad naar de streefwaarde", "norm per year: the path to the target"))}</title></polyline>");
        }
        // Comparison series: thin, each its own dash pattern and its name at its last point (not colour alone).
        string[] dashes = ["", "4 3", "1 3", "8 3 2 3"];
        for (var i = 0; i < c.Comparisons.Count; i++)
        {
            var line = c.Comparisons[i];
            var dash = dashes[i % dashes.Length];
            var title = $"{T("vergelijking", "comparison")} {line.Name}: " + string.Join(", ", line.Points.Select(x => $"{x.Period} {f.Compact(x.Value)}"));
            if (line.Points.Count > 1)
                s.Append($"<polyline class=\"comparison\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")} points=\"{Pts(line.Points.Select(x => (x.Time, x.Value)))}\"><title>{Esc(title)}</title></polyline>");
            foreach (var x in line.Points)
                s.Append($"<circle class=\"comparison-point\" cx=\"{F(X(x.Time))}\" cy=\"{F(Y(x.Value))}\" r=\"2\"><title>{Esc(title)}</title></circle>");
            var last = line.Points[^1];
            s.Append($"<text class=\"comparison-label\" x=\"{F(Math.Min(X(last.Time) + 4, Width - Right - 2))}\" y=\"{F(Y(last.Value) - 4)}\" text-anchor=\"{(X(last.Time) > Width - 120 ? "end" : "start")}\">{Esc(line.Name)}</text>");
        }
        foreach (var g in c.Gaps.Where(g => g.Time >= x0 && g.Time <= x1))
            s.Append($"<line class=\"gap\" x1=\"{F(X(g.Time))}\" y1=\"{F(Top)}\" x2=\"{F(X(g.Time))}\" y2=\"{F(Height - Bottom)}\"><title>{Esc(g.Period)}: {Esc(T("ontbreekt", "missing"))} ({Esc(g.Reason)})</title></line>");
        if (c.Projection is { } p)
        {
            var (cls, title) = p.Certain ? ("projection", T("projectie van de trend", "projection of the trend")) : ("projection uncertain", T("onzekere projectie van de trend", "uncertain projection of the trend"));
            s.Append($"<polyline class=\"{cls}\" points=\"{Pts([(p.FromTime, p.FromValue), (p.ToTime, p.ToValue)])}\"><title>{Esc(title)}: {Esc(f.Value(p.ToValue))} in {F((double)p.ToTime)}</title></polyline>");
        }
        foreach (var segment in c.Segments.Where(x => x.Count > 1))
            s.Append($"<polyline class=\"series\" points=\"{Pts(segment.Select(x => (x.Time, x.Value)))}\"/>");
        foreach (var pt in c.Points)
        {
            var (cls, note) = pt.Illustrative ? ("point illustrative", T(" (illustratief)", " (illustrative)")) : pt.Provisional ? ("point provisional", T(" (voorlopig)", " (provisional)")) : ("point", T(" (definitief)", " (final)"));
            s.Append($"<circle class=\"{cls}\" cx=\"{F(X(pt.Time))}\" cy=\"{F(Y(pt.Value))}\" r=\"4.5\"><title>{Esc(pt.Period)}: {Esc(f.Value(pt.Value))}{Esc(note)}</title></circle>");
        }
        if (c.Baseline is { } nul)
            s.Append($"<rect class=\"baseline\" x=\"{F(X(nul.Time) - 5)}\" y=\"{F(Y(nul.Value) - 5)}\" width=\"10\" height=\"10\"><title>{Esc(nul.Text)}</title></rect>");
        foreach (var ms in c.Milestones) s.Append(Diamond("milestone", X(ms.Time), Y(ms.Value), 6, ms.Text));
        if (c.Target is { } tg) s.Append(Diamond("target", X(tg.Time), Y(tg.Value), 8, tg.Text));
        s.Append("</svg>");
        return s.ToString();
    }

    private static string Diamond(string cls, double x, double y, double r, string title)
    {
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        return $"<polygon class=\"{cls}\" points=\"{F(x)},{F(y - r)} {F(x + r)},{F(y)} {F(x)},{F(y + r)} {F(x - r)},{F(y)}\"><title>{Esc(title)}</title></polygon>";
    }
}
