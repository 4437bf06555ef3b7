namespace PolicyLang.Runtime;

/// <summary>
/// The least-squares line through a series, in exact decimal arithmetic. The direction of the
/// trend is the sign of n·Σtv − Σt·Σv, computed without division, so a flat series is exactly flat.
/// </summary>
public readonly record struct Trend(int Count, decimal MeanTime, decimal MeanValue, decimal Numerator, decimal Denominator)
{
    public static Trend Of(ReadOnlySpan<Measurement> measurements)
    {
        decimal st = 0, sv = 0, stt = 0, stv = 0;
        foreach (var m in measurements)
        {
            var t = m.Period.Time;
            st += t;
            sv += m.Value;
            stt += t * t;
            stv += t * m.Value;
        }
        var n = measurements.Length;
        return n == 0 ? default : new Trend(n, st / n, sv / n, n * stv - st * sv, n * stt - st * st);
    }

    /// <summary>-1, 0 or +1: whether the series goes down, stays flat or goes up. 0 with fewer than two periods.</summary>
    public int Sign => Denominator == 0 ? 0 : Math.Sign(Numerator);

    /// <summary>Change per year; null with fewer than two distinct periods.</summary>
    public decimal? Slope => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary>The trend line's value at a year; null with fewer than two distinct periods.</summary>
    public decimal? At(decimal time) => Slope is { } s ? MeanValue + s * (time - MeanTime) : null;
}
