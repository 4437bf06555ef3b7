using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Runtime;
using PolicyLang.Syntax;

namespace PolicyLang.Backend.Tests.Properties;

/// <summary>One measured point as the property test generates it: a year, or part n of m of a year.</summary>
internal readonly record struct Point(int Year, int Part, int PartsPerYear, decimal Value)
{
    public decimal T => Year + (decimal)(Part - 1) / PartsPerYear;
    public bool EndsItsYear => Part == PartsPerYear;
}

/// <summary>
/// docs/monitoring.md written a second time, straight from the semantic model and the text of the
/// document, sharing nothing with PolicyLang.Runtime's rules but the result enum. The property
/// test compares it with compiled monitors.
/// </summary>
internal static class IndependentEvaluator
{
    /// <summary>
    /// §6a: a doel with norms nested in it is judged per part (its own indicator, then each norm)
    /// and takes the worst judged part; grey parts count only when none is judged.
    /// </summary>
    public static GoalStatus StatusWithNorms(SemanticModel model, ElementSymbol doel, Func<string, IReadOnlyList<Point>> seriesOf, int peiljaar)
    {
        var norms = doel.Children.Where(c => c.Kind == ElementKind.Norm).ToList();
        var own = model.Targets(doel, "indicator").FirstOrDefault();
        if (norms.Count == 0 || doel.Value<YesNoValue>("meetbaar") is { Yes: false })
            return Status(model, doel, own is null ? [] : seriesOf(own.Id!), peiljaar);
        var parts = new List<GoalStatus>();
        if (own is not null) parts.Add(Status(model, doel, seriesOf(own.Id!), peiljaar));
        foreach (var norm in norms)
            if (model.Targets(norm, "indicator").FirstOrDefault() is { } indicator)
                parts.Add(Status(model, norm, seriesOf(indicator.Id!), peiljaar, owner: doel));
        GoalStatus[] worstFirst = [GoalStatus.NotAchieved, GoalStatus.OffTrack, GoalStatus.AtRisk, GoalStatus.OnTrack, GoalStatus.Achieved, GoalStatus.NoData, GoalStatus.NotMeasurable];
        return worstFirst.First(parts.Contains);
    }

    public static GoalStatus Status(SemanticModel model, ElementSymbol doel, IReadOnlyList<Point> series, int peiljaar, ElementSymbol? owner = null)
    {
        if (doel.Value<YesNoValue>("meetbaar") is { Yes: false }) return GoalStatus.NotMeasurable;
        var indicator = model.Targets(doel, "indicator").FirstOrDefault();
        if (indicator is null) return GoalStatus.NotMeasurable;

        // §2: per year only the coarsest periods present are judged
        var upTo = series.Where(m => m.Year <= peiljaar).ToList();
        var points = upTo.Where(m => m.PartsPerYear == upTo.Where(o => o.Year == m.Year).Min(o => o.PartsPerYear)).OrderBy(m => m.T).ToList();
        if (points.Count == 0) return GoalStatus.NoData;
        var last = points[^1];
        var x = last.Value;

        var kader = model.Kader!;
        var periode = kader.Value<YearRangeValue>("periode");
        // a norm's own tolerance, else its doel's, else the kader's
        decimal tol = (doel.Value<QuantityValue>("tolerantie") ?? owner?.Value<QuantityValue>("tolerantie") ?? kader.Value<QuantityValue>("tolerantie"))?.Quantity.Value / 100m ?? 0.05m;
        var richting = doel.Value<WordValue>("richting")?.Word;
        var nul = doel.Value<MeasurementValue>("nulmeting");
        var tussen = doel.Values<TargetValue>("tussendoel").ToList();
        var streef = doel.Value<TargetValue>("streefwaarde") ?? tussen.OrderBy(t => t.Year ?? int.MaxValue).LastOrDefault();

        int p = indicator.Value<WordValue>("polariteit")?.Word switch { "hoger is beter" => 1, "lager is beter" => -1, _ => 0 };
        if (p == 0 && richting == "toename") p = 1;
        else if (p == 0 && richting == "afname") p = -1;
        else if (p == 0 && streef is not null)
        {
            if (streef.Comparator is Comparator.GreaterOrEqual or Comparator.Greater) p = 1;
            else if (streef.Comparator is Comparator.LessOrEqual or Comparator.Less) p = -1;
            else if (nul is not null) p = Math.Sign(Nearest(streef, nul.Quantity.Value) - nul.Quantity.Value);
        }

        // a band's value nearest to a point: the point itself inside it, else the bound on its side
        static decimal Nearest(TargetValue t, decimal from) =>
            t.Upper is not { } hi ? t.Quantity.Value : from < t.Quantity.Value ? t.Quantity.Value : from > hi.Value ? hi.Value : from;
        static decimal Outside(TargetValue t, decimal value) => Math.Abs(value - Nearest(t, value));
        // the side a target is met from: what its comparator says, else the polarity
        int Side(TargetValue t) => t.Comparator switch
        {
            Comparator.LessOrEqual or Comparator.Less => -1,
            Comparator.GreaterOrEqual or Comparator.Greater => 1,
            Comparator.Equal => 0,
            _ => p,
        };
        bool Meets(decimal value, TargetValue t)
        {
            var v = t.Quantity.Value;
            return t.Comparator switch
            {
                Comparator.LessOrEqual => value <= v,
                Comparator.Less => value < v,
                Comparator.GreaterOrEqual => value >= v,
                Comparator.Greater => value > v,
                Comparator.Equal => Math.Abs(value - v) <= tol * Math.Abs(v),
                Comparator.Between => value >= v && value <= t.Upper!.Value.Value,
                _ => p == 1 ? value >= v : p == -1 ? value <= v : value == v,
            };
        }
        Point? FigureOf(int year) => points.LastOrDefault(q => q.Year == year) is { PartsPerYear: > 0 } f ? f : null;
        TargetValue? TussendoelOf(int year) => tussen.LastOrDefault(t => t.Year == year);

        // start: nulmeting, else the last measurement at or before the period start, else the first
        decimal t0, s;
        // a nulmeting at a part of a year sits at that part's start; one without a year at the first judged point
        if (nul is { Period: { } at }) (t0, s) = (at.Year + (decimal)(at.Index - 1) / at.PerYear, nul.Quantity.Value);
        else if (nul is not null) (t0, s) = (points[0].T, nul.Quantity.Value);
        else
        {
            var before = periode is null ? [] : points.Where(m => m.T <= periode.From).ToList();
            var start = before.Count > 0 ? before[^1] : points[0];
            (t0, s) = (start.T, start.Value);
        }

        // the trend over the judged points from the start on
        var fitted = points.Where(q => q.T >= t0).ToList();
        decimal n = fitted.Count, st = fitted.Sum(q => q.T), sv = fitted.Sum(q => q.Value);
        decimal stv = fitted.Sum(q => q.T * q.Value), stt = fitted.Sum(q => q.T * q.T), svv = fitted.Sum(q => q.Value * q.Value);
        var numerator = n * stv - st * sv;
        var denominator = n * stt - st * st;
        var spread = n * svv - sv * sv;
        var trend = denominator == 0 ? 0 : Math.Sign(numerator);

        if (streef is not null)
        {
            // a band is approached from the start: from below heading for its lower bound
            var isBand = streef.Upper is not null;
            var d = isBand ? Math.Sign(Nearest(streef, s) - s) : Side(streef);
            int year = streef.Year ?? periode?.To ?? last.Year;

            // 1. the target year is over: final verdict on the figure of that year
            if (peiljaar > year || (last.Year == year && last.EndsItsYear))
                return FigureOf(year) is { } f ? Meets(f.Value, streef) ? GoalStatus.Achieved : GoalStatus.NotAchieved : GoalStatus.NoData;

            // 2. the tussendoel of this year is the norm in force
            if (TussendoelOf(last.Year) is { } m && !Meets(x, m))
            {
                var dm = m.Upper is not null ? Math.Sign(Nearest(m, x) - x) : Side(m);
                if (dm != 0 && dm * trend < 0) return GoalStatus.OffTrack;
                var shortfall = m.Upper is not null ? Outside(m, x) : dm != 0 ? dm * (m.Quantity.Value - x) : Math.Abs(x - m.Quantity.Value);
                return shortfall <= tol * Math.Abs(m.Quantity.Value) ? GoalStatus.AtRisk : GoalStatus.OffTrack;
            }

            // 3. nothing measured after the start
            if (last.T <= t0) return GoalStatus.NoData;

            // 4. achieved early: the streefwaarde met and no earlier tussendoel missed by its year's figure
            var missedEarlier = tussen.Any(t => t.Year is { } y && y < last.Year && ReferenceEquals(TussendoelOf(y), t)
                && FigureOf(y) is { } fy && !Meets(fy.Value, t));
            if (Meets(x, streef) && !missedEarlier) return GoalStatus.Achieved;

            // 5. the path as a list of (time, value), then linear interpolation, clamped at both ends
            var path = new List<(decimal T, decimal V)>();
            if (t0 < year)
            {
                path.Add((t0, s));
                foreach (var group in tussen.Where(t => t.Year is { } y && y > t0 && y < year).GroupBy(t => t.Year!.Value).OrderBy(g => g.Key))
                    path.Add((group.Key, Nearest(group.Last(), path[^1].V)));
            }
            path.Add((year, Nearest(streef, path.Count > 0 ? path[^1].V : s)));
            var tL = last.T;
            decimal expected;
            if (tL <= path[0].T) expected = path[0].V;
            else if (tL >= path[^1].T) expected = path[^1].V;
            else
            {
                var i = path.FindIndex(q => q.T >= tL);
                var (ta, va) = path[i - 1];
                var (tb, vb) = path[i];
                expected = va + (vb - va) * (tL - ta) / (tb - ta);
            }

            var behind = !isBand ? (d != 0 ? d * (expected - x) : Math.Abs(x - expected))
                : d > 0 ? Math.Max(expected - x, x - streef.Upper!.Value.Value)
                : d < 0 ? Math.Max(x - expected, streef.Quantity.Value - x)
                : Outside(streef, x);
            if (behind <= 0) return GoalStatus.OnTrack;
            if (d != 0 && d * trend < 0) return GoalStatus.OffTrack;
            if (behind <= tol * Math.Abs(expected)) return GoalStatus.AtRisk;
            // 8. a certain projection from the latest point: three points and R² ≥ 0,5 (flat counts)
            var certain = n >= 3 && denominator != 0 && (spread == 0 || numerator * numerator >= 0.5m * denominator * spread);
            if (certain && year > tL && Meets(x + numerator / denominator * (year - tL), streef)) return GoalStatus.AtRisk;
            return GoalStatus.OffTrack;
        }

        if (richting is null) return GoalStatus.NotMeasurable;
        if (last.T <= t0) return GoalStatus.NoData;
        var change = x - s;
        var g = richting switch { "toename" => 1, "afname" => -1, _ => p };
        var band = tol * Math.Abs(s);
        // the direction's own year (richting: afname in 2022), else the period's end, is when it counts as reached
        int? due = doel.Value<WordValue>("richting")?.Year ?? periode?.To;
        var good = due is not null && last.Year >= due ? GoalStatus.Achieved : GoalStatus.OnTrack;
        if (g == 0) return Math.Abs(change) <= band ? good : GoalStatus.OffTrack;
        if (g * change > 0) return good;
        if (g * change == 0) return richting == "behoud" ? good : GoalStatus.AtRisk;
        return -g * change <= band ? GoalStatus.AtRisk : GoalStatus.OffTrack;
    }

    /// <summary>§6: a parent without an indicator of its own: the worst colour-bearing status below it.</summary>
    public static GoalStatus ParentStatus(IEnumerable<GoalStatus> below)
    {
        var list = below.ToList();
        GoalStatus[] badToGood = [GoalStatus.NotAchieved, GoalStatus.OffTrack, GoalStatus.AtRisk, GoalStatus.OnTrack, GoalStatus.Achieved];
        foreach (var status in badToGood)
            if (list.Contains(status)) return status;
        return list.Contains(GoalStatus.NoData) ? GoalStatus.NoData : GoalStatus.NotMeasurable;
    }
}
