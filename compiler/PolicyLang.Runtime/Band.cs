namespace PolicyLang.Runtime;

/// <summary>
/// A bandwidth target ("tussen 65% en 70%", "65% t/m 70%"; issue 13 item 6): met inside the band,
/// bounds included. Approached from where the doel starts: from below the path heads for the
/// lower bound, from above for the upper bound, and a start inside the band only has to stay in
/// it. The checker (PL3008, PL3009, the pressure of a doel) and the monitor both read a band
/// through these functions, so they agree on which bound counts.
/// </summary>
public static class Band
{
    public static decimal UpperOf(Target target) => target.Upper ?? target.Value;

    /// <summary>The value of a target nearest to <paramref name="from"/>: the bound a path from there heads for (any other target: its value).</summary>
    public static decimal Toward(Target target, decimal from) =>
        target.Comparator != Comparator.Between ? target.Value : Math.Clamp(from, target.Value, Math.Max(target.Value, UpperOf(target)));

    /// <summary>+1 when <paramref name="from"/> lies below the band, −1 above it, 0 inside it.</summary>
    public static int SideFrom(Target target, decimal from) => from < target.Value ? 1 : from > UpperOf(target) ? -1 : 0;

    /// <summary>How far a value lies outside the band (0 inside it).</summary>
    public static decimal Distance(Target target, decimal value) => Math.Max(0, Math.Max(target.Value - value, value - UpperOf(target)));

    /// <summary>
    /// How far a figure is behind the path to a band: approached from one side, behind the path on
    /// that side or past the far bound (overshooting the band is no progress); from inside the
    /// band, its distance to the band.
    /// </summary>
    public static decimal Behind(Target target, int side, decimal expected, decimal value) => side switch
    {
        > 0 => Math.Max(expected - value, value - UpperOf(target)),
        < 0 => Math.Max(value - expected, target.Value - value),
        _ => Distance(target, value),
    };
}
