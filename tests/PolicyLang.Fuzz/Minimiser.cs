namespace PolicyLang.Fuzz;

/// <summary>
/// Shrinks a failing input while it still fails with the same class: first whole lines, then ever
/// smaller runs of characters (delta debugging), within a budget of re-checks so a slow input cannot
/// stall the run.
/// </summary>
public static class Minimiser
{
    public static string Minimise(string text, Func<string, bool> stillFails, int budget)
    {
        text = RemoveRuns(text, stillFails, ref budget, byLines: true);
        return RemoveRuns(text, stillFails, ref budget, byLines: false);
    }

    /// <summary>
    /// A failing edit sequence with as few intermediate states as still fail (the last state always
    /// stays); when one state is left, its files are shrunk like a single input.
    /// </summary>
    public static List<string[]> Minimise(List<string[]> states, Func<List<string[]>, bool> stillFails, int budget)
    {
        for (var i = states.Count - 2; i >= 0 && budget-- > 0; i--)
        {
            var shorter = new List<string[]>(states);
            shorter.RemoveAt(i);
            if (stillFails(shorter)) states = shorter;
        }
        if (states.Count != 1) return states;
        var files = (string[])states[0].Clone();
        for (var f = 0; f < files.Length && budget > 0; f++)
        {
            var index = f;
            files[index] = Minimise(files[index], text =>
            {
                var candidate = (string[])files.Clone();
                candidate[index] = text;
                return stillFails([candidate]);
            }, budget / (files.Length - f));
        }
        return [files];
    }

    private static string RemoveRuns(string text, Func<string, bool> stillFails, ref int budget, bool byLines)
    {
        var parts = byLines ? text.Split('\n').Select((l, i) => i == 0 ? l : "\n" + l).ToList() : text.Select(c => c.ToString()).ToList();
        for (var size = Math.Max(1, parts.Count / 2); size >= 1 && budget > 0; size /= 2)
        {
            for (var start = 0; start + size <= parts.Count && budget > 0;)
            {
                budget--;
                var candidate = parts.Take(start).Concat(parts.Skip(start + size)).ToList();
                if (stillFails(string.Concat(candidate))) parts = candidate;
                else start += size;
            }
            if (size == 1) break;
        }
        return string.Concat(parts);
    }
}
