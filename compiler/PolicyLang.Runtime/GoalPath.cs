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

    /// <summary>
    /// The path to <paramref name="target"/> in <paramref name="targetTime"/>. A bandwidth (a
    /// tussendoel or the target) is a point at the bound nearest to the path's previous point
    /// (<see cref="Band.Toward"/>): a path from below heads for the lower bound.
    /// </summary>
    public static GoalPath Build(decimal startTime, decimal startValue, IReadOnlyList<Target> milestones, decimal targetTime, Target target)
    {
        var points = new List<(decimal Time, decimal Value)>();
        var previous = startValue;
        if (startTime < targetTime)
        {
            points.Add((startTime, startValue));
            foreach (var m in milestones.Where(m => m.Year is { } y && y > startTime && y < targetTime).OrderBy(m => m.Year))
            {
                var value = Band.Toward(m, points.Count > 1 && points[^1].Time == m.Year!.Value ? points[^2].Value : points[^1].Value);
                if (points[^1].Time == m.Year!.Value) points[^1] = (m.Year.Value, value);
                else points.Add((m.Year.Value, value));
            }
            previous = points[^1].Value;
        }
        points.Add((targetTime, Band.Toward(target, previous)));
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
