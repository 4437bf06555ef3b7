using PolicyLang.Runtime;

namespace PolicyLang.MonitorBenchmarks;

/// <summary>
/// The reference for the evaluation benchmark: what a developer would write by hand for the two
/// shapes of doel in <see cref="MonitorWorkload"/>, with the constants inlined: one pass over each
/// indicator's measurements (same decimal values, same year axis) for the latest value, the start
/// and the least-squares sums, then the rule. No norms, no outcomes with reasons.
/// </summary>
public static class HandWrittenMonitor
{
    private static readonly decimal[] Months = Enumerable.Range(0, 12).Select(i => i / 12m).ToArray();

    public static GoalStatus[] Run(MeasurementData data, int doelen, int peiljaar)
    {
        var statuses = new GoalStatus[doelen];
        for (var i = 0; i < doelen; i++)
        {
            var items = data.Series("I" + i).All;
            decimal st = 0, sv = 0, stt = 0, stv = 0, last = 0, lastTime = 0, start = 0, startTime = 0;
            int n = 0, seen = 0;
            var haveStart = false;
            foreach (var m in items)
            {
                if (m.Period.Year > peiljaar) break;
                var t = m.Period.Year + Months[m.Period.Index - 1];
                if (t >= 1920) { st += t; sv += m.Value; stt += t * t; stv += t * m.Value; n++; } // the trend starts at the start
                if (!haveStart || t <= 1920) { start = m.Value; startTime = t; haveStart = true; }
                last = m.Value; lastTime = t;
                seen++;
            }
            if (seen == 0) { statuses[i] = GoalStatus.NoData; continue; }
            var numerator = n * stv - st * sv;
            var denominator = n * stt - st * st;
            var trend = denominator == 0 ? 0 : Math.Sign(numerator);

            if (i % 2 == 0)
            {
                // lower is better: 1.000 in 1920, at most 900 in 1970, at most 800 in 2010; tolerance 5%
                if (last <= 800) { statuses[i] = GoalStatus.Achieved; continue; }
                var expected = lastTime <= 1920 ? 1000m : lastTime <= 1970 ? 1000m + (900m - 1000m) * (lastTime - 1920) / 50 : lastTime <= 2010 ? 900m + (800m - 900m) * (lastTime - 1970) / 40 : 800m;
                var behind = last - expected;
                if (behind <= 0) statuses[i] = GoalStatus.OnTrack;
                else if (trend > 0) statuses[i] = GoalStatus.OffTrack;
                else if (behind <= 0.05m * expected) statuses[i] = GoalStatus.AtRisk;
                else if (denominator != 0 && sv / n + numerator / denominator * (2010 - st / n) <= 800) statuses[i] = GoalStatus.AtRisk;
                else statuses[i] = GoalStatus.OffTrack;
            }
            else
            {
                // higher is better, toename; start: last measurement at or before 1920; tolerance 5%
                if (lastTime <= startTime) { statuses[i] = GoalStatus.NoData; continue; }
                var change = last - start;
                if (change > 0) statuses[i] = peiljaar >= 2010 && (int)lastTime >= 2010 ? GoalStatus.Achieved : GoalStatus.OnTrack;
                else if (change == 0) statuses[i] = GoalStatus.AtRisk;
                else statuses[i] = -change <= 0.05m * Math.Abs(start) ? GoalStatus.AtRisk : GoalStatus.OffTrack;
            }
        }
        return statuses;
    }
}
