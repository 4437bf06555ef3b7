namespace PolicyLang.Cli.Reports;

/// <summary>
/// Round axis ticks (1, 2 or 5 times a power of ten) that cover a range of values, so an axis reads
/// 700 · 750 · 800 and never 766,36.
/// </summary>
public static class AxisScale
{
    public static (decimal Min, decimal Max, decimal Step) Nice(decimal min, decimal max, int targetTicks = 5)
    {
        if (max < min) (min, max) = (max, min);
        if (max == min)
        {
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1m;
            (min, max) = (min - pad, max + pad);
        }
        var rough = (double)(max - min) / Math.Max(1, targetTicks - 1);
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        var step = (decimal)(nice * power);
        var lo = Math.Floor(min / step) * step;
        var hi = Math.Ceiling(max / step) * step;
        if (hi == lo) hi = lo + step;
        return (lo, hi, step);
    }

    public static IEnumerable<decimal> Ticks(decimal min, decimal max, decimal step)
    {
        for (var v = min; v <= max + step / 1000; v += step) yield return v;
    }
}
