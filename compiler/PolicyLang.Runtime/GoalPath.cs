namespace PolicyLang.Runtime;

/// <summary>
/// The planned course of a doel: straight lines from the start (nulmeting, else first measurement)
/// through the tussendoelen that have a year to the streefwaarde in its year. Before the first
/// point the path is the first value; after the last point it is the streefwaarde.
/// </summary>
public sealed class GoalPath
{
    private readonly (decimal Time, decimal Value)[] _points;

    private GoalPath((decimal, decimal)[] points) => _points = points;

    public IReadOnlyList<(decimal Time, decimal Value)> Points => _points;

    public static GoalPath Build(decimal startTime, decimal startValue, IReadOnlyList<Target> milestones, decimal targetTime, decimal targetValue)
    {
        var points = new List<(decimal Time, decimal Value)>();
        if (startTime < targetTime)
        {
            points.Add((startTime, startValue));
            foreach (var m in milestones.Where(m => m.Year is { } y && y > startTime && y < targetTime).OrderBy(m => m.Year))
            {
                if (points[^1].Time == m.Year!.Value) points[^1] = (m.Year.Value, m.Value);
                else points.Add((m.Year.Value, m.Value));
            }
        }
        points.Add((targetTime, targetValue));
        return new GoalPath(points.ToArray());
    }

    /// <summary>The value the path expects at a time: linear between its neighbouring points.</summary>
    public decimal At(decimal time)
    {
        if (time <= _points[0].Time) return _points[0].Value;
        for (var i = 1; i < _points.Length; i++)
        {
            var (t1, v1) = _points[i];
            if (time <= t1)
            {
                var (t0, v0) = _points[i - 1];
                return v0 + (v1 - v0) * (time - t0) / (t1 - t0);
            }
        }
        return _points[^1].Value;
    }
}
