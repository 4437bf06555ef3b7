using PolicyLang.Runtime;

namespace PolicyLang.Cli.Reports;

/// <summary>
/// The verdict of a doel in one line with every figure in its unit. The verdict words are the
/// runtime's (the same rule text the console shows: "Achter op het pad, buiten de tolerantie van
/// 5%"), the figures are written again from the outcome with the indicator's unit, because the
/// runtime's sentence has bare numbers ("gemeten 64 in 2022").
/// </summary>
public static class ReasonLine
{
    public static string Of(GoalOutcome o, FigureFormat f, bool english)
    {
        var reason = o.Reason.In(english);
        var head = "";
        if (o.LatestMissing is not null && reason.IndexOf(". ", StringComparison.Ordinal) is var cut and >= 0)
        {
            head = reason[..(cut + 2)];
            reason = reason[(cut + 2)..];
        }
        if (o.Norm is not { } norm || o.Latest is not { } latest) return head + reason;

        var verdict = Verdict(reason);
        string T(string nl, string en) => english ? en : nl;
        var parts = new List<string> { T($"gemeten {f.Value(latest.Value)} in {latest.Period}", $"measured {f.Value(latest.Value)} in {latest.Period}") };
        if (o.Expected is { } e && o.JudgedYear is null) parts.Add(T($"het pad verwacht {f.Compact(e)}", $"the path expects {f.Compact(e)}"));
        if (norm.EffectiveTarget is { } t) parts.Add(T($"streefwaarde {f.Target(t, compact: true)}", $"target {f.Target(t, compact: true)}"));
        else if (o.StartValue is { } sv && o.StartTime is { } st) parts.Add(T($"beginpunt {f.Compact(sv)} in {(int)st}", $"starting point {f.Compact(sv)} in {(int)st}"));
        if (o.Projection is { } p && o.ProjectionYear is { } py && o.JudgedYear is null)
            parts.Add(T($"de trend leidt tot {f.Compact(p)} in {py}{(o.ProjectionCertain ? "" : " (onzeker)")}", $"the trend leads to {f.Compact(p)} in {py}{(o.ProjectionCertain ? "" : " (uncertain)")}"));
        return head + verdict + ": " + string.Join("; ", parts) + ".";
    }

    /// <summary>The runtime's verdict words: the sentence up to its first colon, without the figures it names.</summary>
    private static string Verdict(string reason)
    {
        var colon = reason.IndexOf(':');
        var verdict = colon < 0 ? reason.TrimEnd('.') : reason[..colon];
        // "Achter op het pad, maar de trend haalt 370 in 2020 (projectie 360)": the figures follow in units.
        if (verdict.IndexOf(", maar", StringComparison.Ordinal) is var maar and > 0) verdict = verdict[..maar] + (verdict.Contains("maar") ? ", maar de trend haalt de streefwaarde" : "");
        if (verdict.IndexOf(", but", StringComparison.Ordinal) is var but and > 0) verdict = verdict[..but] + ", but the trend reaches the target";
        return verdict;
    }
}
