namespace PolicyLang.Runtime;

/// <summary>
/// The least-squares line through a series, in exact decimal arithmetic. The direction of the
/// trend is the sign of n·Σtv − Σt·Σv, computed without division, so a flat series is exactly flat.
/// </summary>
public readonly record struct Trend(int Count, decimal MeanTime, decimal MeanValue, decimal Numerator, decimal Denominator, decimal ValueSpread)
{
    /// <summary>The fewest measurements a projection is drawn from: two points always lie on a line.</summary>
    public const int MinimumForProjection = 3;

    /// <summary>
    /// How much of the spread of the values the line must explain (R²) before its projection may
    /// count: below it the points scatter so much that the line says little about where they go.
    /// </summary>
    public const decimal MinimumFit = 0.5m;

    public static Trend Of(ReadOnlySpan<Measurement> measurements)
    {
        decimal st = 0, sv = 0, stt = 0, stv = 0, svv = 0;
        foreach (var m in measurements)
        {
            var t = m.Period.Time;
            st += t;
            sv += m.Value;
            stt += t * t;
            stv += t * m.Value;
            svv += m.Value * m.Value;
        }
        var n = measurements.Length;
        return n == 0 ? default : new Trend(n, st / n, sv / n, n * stv - st * sv, n * stt - st * st, n * svv - sv * sv);
    }

    /// <summary>-1, 0 or +1: whether the series goes down, stays flat or goes up. 0 with fewer than two periods.</summary>
    public int Sign => Denominator == 0 ? 0 : Math.Sign(Numerator);

    /// <summary>Change per year; null with fewer than two distinct periods.</summary>
    public decimal? Slope => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary>The trend line's value at a year; null with fewer than two distinct periods.</summary>
    public decimal? At(decimal time) => Slope is { } s ? MeanValue + s * (time - MeanTime) : null;

    /// <summary>
    /// Whether a projection from this trend means something: at least
    /// <see cref="MinimumForProjection"/> measurements and a line that explains at least
    /// <see cref="MinimumFit"/> of their spread (R² = Numerator² / (Denominator · ValueSpread)),
    /// compared without division. A perfectly flat series is a certain (flat) trend.
    /// </summary>
    public bool IsCertain
    {
        get
        {
            if (Count < MinimumForProjection || Denominator == 0) return false;
            if (ValueSpread == 0) return true;
            try
            {
                return Numerator * Numerator >= MinimumFit * Denominator * ValueSpread;
            }
            catch (OverflowException)
            {
                return false; // figures near decimal's range: no claim about the future
            }
        }
    }

    /// <summary>
    /// Where the series is heading by <paramref name="time"/>: the slope of the trend continued from
    /// the last measured point (not from the fitted line, which need not pass through it).
    /// </summary>
    public decimal? ProjectFrom(Measurement last, decimal time) => Slope is { } s ? last.Value + s * (time - last.Period.Time) : null;
}
