namespace PolicyLang.Runtime;

/// <summary>
/// How many decimals the figures a rule computes (path, projection) are shown with: as many as the
/// data and the norm themselves have, at most two. A projection of 779,81 from data written with
/// one decimal claims a precision nobody measured.
/// </summary>
public static class DisplayPrecision
{
    public const int Maximum = 2;

    public static int Of(Norm norm, ReadOnlySpan<Measurement> used)
    {
        var scale = 0;
        foreach (var m in used) scale = Math.Max(scale, Scale(m.Value));
        if (norm.Baseline is { } b) scale = Math.Max(scale, Scale(b.Value));
        if (norm.Target is { } t) scale = Math.Max(scale, Math.Max(Scale(t.Value), Scale(Band.UpperOf(t))));
        foreach (var m in norm.Milestones) scale = Math.Max(scale, Math.Max(Scale(m.Value), Scale(Band.UpperOf(m))));
        return Math.Min(scale, Maximum);
    }

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>The decimals a figure was written with (7,10 has two: the writer claimed them).</summary>
    private static int Scale(decimal value) => value.Scale;
}
