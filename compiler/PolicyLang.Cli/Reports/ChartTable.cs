using System.Text;
using static PolicyLang.Cli.Reports.HtmlText;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// The text alternative of a chart: per period what was measured (and whether voorlopig,
/// definitief or illustratief, or missing and why), and the norm in force then.
/// </summary>
public static class ChartTable
{
    public sealed record Row(string Period, string Measured, string Norm, string Kind)
    {
        /// <summary>The comparison series' figures of this period: "landelijk 12%; regio 13%".</summary>
        public string Comparison { get; init; } = "";
    }

    public static IReadOnlyList<Row> Rows(ChartModel c, bool english)
    {
        string T(string nl, string en) => english ? en : nl;
        var f = c.Format;
        var rows = new SortedDictionary<decimal, Row>();
        string NormAt(decimal time)
        {
            var marks = c.Milestones.Where(m => m.Time == time).Select(m => m.Short).Concat(c.Target is { } t && t.Time == time ? [t.Short] : []).ToList();
            if (marks.Count > 0) return string.Join("; ", marks);
            return c.Norm.FirstOrDefault(n => n.Time == time) is { } n ? T("pad: ", "path: ") + f.Compact(n.Value) : "";
        }
        foreach (var p in c.Points)
            rows[p.Time] = new Row(p.Period, f.Compact(p.Value), NormAt(p.Time), p.Illustrative ? T("illustratief", "illustrative") : p.Provisional ? T("voorlopig", "provisional") : T("definitief", "final"));
        foreach (var g in c.Gaps)
            rows.TryAdd(g.Time, new Row(g.Period, T("ontbreekt", "missing") + $" ({g.Reason})", NormAt(g.Time), T("ontbreekt", "missing")));
        foreach (var n in c.Norm.Where(n => n.Time == Math.Floor(n.Time)))
            rows.TryAdd(n.Time, new Row(((int)n.Time).ToString(System.Globalization.CultureInfo.InvariantCulture), "—", NormAt(n.Time), T("norm", "norm")));
        if (c.Baseline is { } b && !rows.ContainsKey(b.Time))
            rows[b.Time] = new Row(((int)b.Time).ToString(System.Globalization.CultureInfo.InvariantCulture), f.Compact(b.Value), NormAt(b.Time), T("nulmeting", "baseline"));
        if (c.Projection is { } pr)
        {
            var text = f.Compact(pr.ToValue) + (pr.Certain ? "" : T(" (onzeker)", " (uncertain)"));
            // The projection fills the norm row of its year; it never replaces a measurement.
            if (!rows.TryGetValue(pr.ToTime, out var row) || row.Kind == T("norm", "norm"))
                rows[pr.ToTime] = new Row(((int)pr.ToTime).ToString(System.Globalization.CultureInfo.InvariantCulture), text, NormAt(pr.ToTime), T("projectie", "projection"));
        }
        foreach (var line in c.Comparisons)
            foreach (var x in line.Points)
                rows.TryAdd(x.Time, new Row(x.Period, "—", NormAt(x.Time), T("vergelijking", "comparison")));
        if (c.Comparisons.Count > 0)
            foreach (var key in rows.Keys.ToList())
                rows[key] = rows[key] with
                {
                    Comparison = string.Join("; ", c.Comparisons.SelectMany(l => l.Points.Where(x => x.Time == key).Select(x => $"{l.Name} {f.Compact(x.Value)}"))),
                };
        return [.. rows.Values];
    }

    public static string Html(ChartModel c, bool english)
    {
        string T(string nl, string en) => english ? en : nl;
        var h = new StringBuilder();
        h.Append($"<table class=\"chart-table\"><caption>{Esc(T("De cijfers van de grafiek", "The figures of the chart"))} ({Esc(c.UnitLabel)})</caption><thead><tr>");
        h.Append($"<th scope=\"col\">{Esc(T("Periode", "Period"))}</th><th scope=\"col\">{Esc(T("Gemeten", "Measured"))}</th><th scope=\"col\">{Esc(T("Norm", "Norm"))}</th>{(c.Comparisons.Count > 0 ? $"<th scope=\"col\">{Esc(T("Vergelijking", "Comparison"))}</th>" : "")}<th scope=\"col\">{Esc(T("Soort", "Kind"))}</th></tr></thead><tbody>");
        foreach (var r in Rows(c, english))
            h.Append($"<tr><th scope=\"row\">{Esc(r.Period)}</th><td>{Esc(r.Measured)}</td><td>{Esc(r.Norm)}</td>{(c.Comparisons.Count > 0 ? $"<td>{Esc(r.Comparison)}</td>" : "")}<td>{Esc(r.Kind)}</td></tr>");
        return h.Append("</tbody></table>").ToString();
    }
}
