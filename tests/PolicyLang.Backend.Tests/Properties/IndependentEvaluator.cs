using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Runtime;

namespace PolicyLang.Backend.Tests.Properties;

/// <summary>
/// docs/monitoring.md written a second time, straight from the semantic model and the text of the
/// document, sharing nothing with PolicyLang.Runtime's rules but the result enum. The property
/// test compares it with compiled monitors.
/// </summary>
internal static class IndependentEvaluator
{
    public static GoalStatus Status(SemanticModel model, ElementSymbol doel, IReadOnlyList<(int Year, decimal Value)> series, int peiljaar)
    {
        if (doel.Value<YesNoValue>("meetbaar") is { Yes: false }) return GoalStatus.NotMeasurable;
        var indicator = model.Targets(doel, "indicator").FirstOrDefault();
        if (indicator is null) return GoalStatus.NotMeasurable;

        var points = series.Where(m => m.Year <= peiljaar).OrderBy(m => m.Year).ToList();
        if (points.Count == 0) return GoalStatus.NoData;
        var (lastYear, x) = points[^1];

        var kader = model.Kader!;
        var periode = kader.Value<YearRangeValue>("periode");
        decimal tol = (doel.Value<QuantityValue>("tolerantie") ?? kader.Value<QuantityValue>("tolerantie"))?.Quantity.Value / 100m ?? 0.05m;
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
            else if (nul is not null) p = Math.Sign(streef.Quantity.Value - nul.Quantity.Value);
        }

        // start: nulmeting, else the last measurement at or before the period start, else the first
        decimal t0, s;
        if (nul is not null) (t0, s) = (nul.Year, nul.Quantity.Value);
        else
        {
            var before = periode is null ? [] : points.Where(m => m.Year <= periode.From).ToList();
            var start = before.Count > 0 ? before[^1] : points[0];
            (t0, s) = (start.Year, start.Value);
        }

        if (streef is not null)
        {
            var v = streef.Quantity.Value;
            bool Meets(decimal value) => streef.Comparator switch
            {
                Comparator.LessOrEqual => value <= v,
                Comparator.Less => value < v,
                Comparator.GreaterOrEqual => value >= v,
                Comparator.Greater => value > v,
                Comparator.Equal => Math.Abs(value - v) <= tol * Math.Abs(v),
                _ => p == 1 ? value >= v : p == -1 ? value <= v : value == v,
            };
            if (Meets(x)) return GoalStatus.Achieved;
            decimal year = streef.Year ?? periode?.To ?? lastYear;

            // the path as a list of (time, value), then linear interpolation, clamped at both ends
            var path = new List<(decimal T, decimal V)>();
            if (t0 < year)
            {
                path.Add((t0, s));
                foreach (var group in tussen.Where(t => t.Year is { } y && y > t0 && y < year).GroupBy(t => t.Year!.Value).OrderBy(g => g.Key))
                    path.Add((group.Key, group.Last().Quantity.Value));
            }
            path.Add((year, v));
            decimal expected;
            if (lastYear <= path[0].T) expected = path[0].V;
            else if (lastYear >= path[^1].T) expected = path[^1].V;
            else
            {
                var i = path.FindIndex(q => q.T >= lastYear);
                var (ta, va) = path[i - 1];
                var (tb, vb) = path[i];
                expected = va + (vb - va) * (lastYear - ta) / (tb - ta);
            }

            var behind = p != 0 ? p * (expected - x) : Math.Abs(x - expected);
            if (behind <= 0) return GoalStatus.OnTrack;
            var fitted = points.Where(q => q.Year >= t0).ToList(); // the trend starts at the start
            decimal n = fitted.Count, st = fitted.Sum(q => (decimal)q.Year), sv = fitted.Sum(q => q.Value);
            decimal stv = fitted.Sum(q => q.Year * q.Value), stt = fitted.Sum(q => (decimal)q.Year * q.Year);
            var denominator = n * stt - st * st;
            var trend = denominator == 0 ? 0 : Math.Sign(n * stv - st * sv);
            if (p != 0 && p * trend < 0) return GoalStatus.OffTrack;
            if (behind <= tol * Math.Abs(expected)) return GoalStatus.AtRisk;
            if (denominator != 0 && year > lastYear)
            {
                var slope = (n * stv - st * sv) / denominator;
                var projection = sv / n + slope * (year - st / n);
                if (Meets(projection)) return GoalStatus.AtRisk;
            }
            return GoalStatus.OffTrack;
        }

        if (richting is null) return GoalStatus.NotMeasurable;
        if (lastYear <= t0) return GoalStatus.NoData;
        var change = x - s;
        var g = richting switch { "toename" => 1, "afname" => -1, _ => p };
        var band = tol * Math.Abs(s);
        var good = periode is not null && lastYear >= periode.To ? GoalStatus.Achieved : GoalStatus.OnTrack;
        if (g == 0) return Math.Abs(change) <= band ? good : GoalStatus.OffTrack;
        if (g * change > 0) return good;
        if (g * change == 0) return richting == "behoud" ? good : GoalStatus.AtRisk;
        return -g * change <= band ? GoalStatus.AtRisk : GoalStatus.OffTrack;
    }
}
