using System.Globalization;
using System.Text;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Monitoring;

/// <summary>
/// The chart of one doel as inline SVG (no script, no network): the measured series, the
/// nulmeting, the planned path through the tussendoelen to the streefwaarde, and the projection
/// of the trend to the target year.
/// </summary>
public static class SvgChart
{
    private const double Width = 640, Height = 260, Left = 64, Right = 20, Top = 16, Bottom = 40;

    public static string Render(MonitorReport report, GoalInfo goal, GoalOutcome outcome)
    {
        var series = report.SeriesOf(goal);
        var norm = outcome.Norm!;
        var target = norm.EffectiveTarget;
        var pathPoints = new List<(double X, double Y)>();
        // Without measurements (geen gegevens) the path still starts at the nulmeting, if any.
        var start = outcome.StartTime is { } st0 && outcome.StartValue is { } sv0 ? (st0, sv0)
            : norm.Baseline is { } nb ? ((decimal)nb.Year, nb.Value) : ((decimal, decimal)?)null;
        if (target is { } t && start is var (st, sv))
        {
            var year = t.Year ?? norm.PeriodEnd ?? report.Result.Peiljaar;
            pathPoints.AddRange(GoalPath.Build(st, sv, norm.Milestones, year, t.Value).Points.Select(p => ((double)p.Time, (double)p.Value)));
        }
        var measured = series.Select(m => ((double)m.Period.Time, (double)m.Value)).ToList();
        var projection = new List<(double X, double Y)>();
        // The projection continues the trend from the latest measured point to the target year.
        if (outcome.Projection is { } proj && outcome.ProjectionYear is { } py && outcome.Latest is { } latest)
            projection.AddRange([((double)latest.Period.Time, (double)latest.Value), (py, (double)proj)]);

        var xs = measured.Select(p => p.Item1).Concat(pathPoints.Select(p => p.X)).Concat(projection.Select(p => p.X)).ToList();
        var ys = measured.Select(p => p.Item2).Concat(pathPoints.Select(p => p.Y)).Concat(projection.Select(p => p.Y)).ToList();
        if (norm.Baseline is { } b) { xs.Add(b.Year); ys.Add((double)b.Value); }
        foreach (var m in norm.Milestones) { if (m.Year is { } y) xs.Add(y); ys.Add((double)m.Value); }
        if (xs.Count == 0) xs.Add(report.Result.Peiljaar);
        if (ys.Count == 0) ys.Add(0);
        var (x0, x1) = (Math.Floor(xs.Min()), Math.Ceiling(xs.Max()));
        if (x1 - x0 < 1) { x0 -= 1; x1 += 1; }
        var (y0, y1) = (ys.Min(), ys.Max());
        var pad = y1 - y0 == 0 ? Math.Max(1, Math.Abs(y0) * 0.1) : (y1 - y0) * 0.12;
        (y0, y1) = (y0 - pad, y1 + pad);

        double X(double v) => Left + (v - x0) / (x1 - x0) * (Width - Left - Right);
        double Y(double v) => Top + (1 - (v - y0) / (y1 - y0)) * (Height - Top - Bottom);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string Points(IEnumerable<(double X, double Y)> points) => string.Join(" ", points.Select(p => F(X(p.X)) + "," + F(Y(p.Y))));

        var svg = new StringBuilder();
        var label = report.T($"Grafiek van {goal.Id}", $"Chart of {goal.Id}");
        svg.Append($"<svg class=\"chart\" data-doel=\"{Html.Attr(goal.Id)}\" viewBox=\"0 0 {F(Width)} {F(Height)}\" role=\"img\" aria-label=\"{Html.Attr(label)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        // axes and year ticks
        svg.Append($"<line class=\"axis\" x1=\"{F(Left)}\" y1=\"{F(Height - Bottom)}\" x2=\"{F(Width - Right)}\" y2=\"{F(Height - Bottom)}\"/>");
        svg.Append($"<line class=\"axis\" x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Height - Bottom)}\"/>");
        var step = Math.Max(1, (int)Math.Ceiling((x1 - x0) / 10));
        for (var year = x0; year <= x1; year += step)
            svg.Append($"<text class=\"tick\" x=\"{F(X(year))}\" y=\"{F(Height - Bottom + 16)}\" text-anchor=\"middle\">{F(year)}</text>");
        foreach (var v in new[] { y0 + pad, (y0 + y1) / 2, y1 - pad }.Distinct())
        {
            svg.Append($"<line class=\"grid\" x1=\"{F(Left)}\" y1=\"{F(Y(v))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(v))}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{F(Left - 6)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{Html.Text(report.Number((decimal)Math.Round(v, 2)))}</text>");
        }
        var peil = report.Result.Peiljaar;
        if (peil >= x0 && peil <= x1)
            svg.Append($"<line class=\"peiljaar\" x1=\"{F(X(peil))}\" y1=\"{F(Top)}\" x2=\"{F(X(peil))}\" y2=\"{F(Height - Bottom)}\"><title>{Html.Text(report.T("peiljaar", "reference year"))} {peil}</title></line>");
        if (pathPoints.Count > 0) svg.Append($"<polyline class=\"path\" points=\"{Points(pathPoints)}\"><title>{Html.Text(report.T("pad naar de streefwaarde", "path to the target"))}</title></polyline>");
        if (projection.Count > 0)
        {
            var (cls, title) = outcome.ProjectionCertain
                ? ("projection", report.T("projectie van de trend", "projection of the trend"))
                : ("projection uncertain", report.T("onzekere projectie: te weinig metingen of te veel spreiding", "uncertain projection: too few measurements or too much spread"));
            svg.Append($"<polyline class=\"{cls}\" points=\"{Points(projection)}\"><title>{Html.Text(title)}</title></polyline>");
        }
        if (measured.Count > 1) svg.Append($"<polyline class=\"series\" points=\"{Points(measured)}\"/>");
        foreach (var m in series)
        {
            var cls = m.Provisional || m.Illustrative ? "point open" : "point";
            var note = m.Illustrative ? report.T(" (illustratief)", " (illustrative)") : m.Provisional ? report.T(" (voorlopig)", " (provisional)") : "";
            svg.Append($"<circle class=\"{cls}\" cx=\"{F(X((double)m.Period.Time))}\" cy=\"{F(Y((double)m.Value))}\" r=\"4\"><title>{m.Period}: {Html.Text(report.Number(m.Value))}{Html.Text(note)}</title></circle>");
        }
        if (norm.Baseline is { } nul)
            svg.Append($"<rect class=\"baseline\" x=\"{F(X(nul.Year) - 5)}\" y=\"{F(Y((double)nul.Value) - 5)}\" width=\"10\" height=\"10\"><title>{Html.Text(report.T("nulmeting", "baseline"))} {nul.Year}: {Html.Text(report.Number(nul.Value))}</title></rect>");
        foreach (var m in norm.Milestones.Where(m => m.Year is not null))
            svg.Append(Diamond("milestone", X(m.Year!.Value), Y((double)m.Value), 6, $"{report.T("tussendoel", "milestone")} {m.Year}: {report.Number(m.Value)}"));
        if (target is { } tg && pathPoints.Count > 0)
            svg.Append(Diamond("target", X(pathPoints[^1].X), Y((double)tg.Value), 8, $"{report.T("streefwaarde", "target")} {F(pathPoints[^1].X)}: {report.Number(tg.Value)}"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Diamond(string cls, double x, double y, double r, string title)
    {
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        return $"<polygon class=\"{cls}\" points=\"{F(x)},{F(y - r)} {F(x + r)},{F(y)} {F(x)},{F(y + r)} {F(x - r)},{F(y)}\"><title>{Html.Text(title)}</title></polygon>";
    }
}

/// <summary>Escaping for everything from policy text or data that enters the HTML report.</summary>
public static class Html
{
    public static string Text(string text) => System.Net.WebUtility.HtmlEncode(text);
    public static string Attr(string text) => System.Net.WebUtility.HtmlEncode(text);
}
