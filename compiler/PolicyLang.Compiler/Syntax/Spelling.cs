namespace PolicyLang.Syntax;

/// <summary>"Bedoelde je …?": the closest candidate by edit distance, if it is close enough.</summary>
public static class Spelling
{
    /// <summary>
    /// At most this many mistakes are corrected, however long the word: beyond it a suggestion is a
    /// guess, and the bound keeps the work per candidate linear in the word's length (a
    /// 100,000-character id ran out of memory with a full distance matrix).
    /// </summary>
    public const int MaxMistakes = 8;

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        // Allow about one mistake per three characters, at least one.
        var allowed = Math.Min(MaxMistakes, Math.Max(1, word.Length / 3));
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: most candidates end here.
            if (Math.Abs(candidate.Length - word.Length) > allowed) continue;
            var distance = Distance(lower, candidate.ToLowerInvariant(), allowed);
            if (distance > allowed) continue;
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best is not null && bestDistance > 0 ? best : null;
    }

    /// <summary>
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), exact up to
    /// <paramref name="limit"/>; any larger distance is returned as limit + 1. Only the band of
    /// cells within <paramref name="limit"/> of the diagonal is computed, in three rows: time
    /// O(length × limit), memory O(length).
    /// </summary>
    public static int Distance(string a, string b, int limit = MaxMistakes)
    {
        var beyond = limit + 1;
        if (Math.Abs(a.Length - b.Length) > limit) return beyond;
        var width = b.Length + 1;
        var previous2 = new int[width];
        var previous = new int[width];
        var current = new int[width];
        for (var j = 0; j < width; j++) previous[j] = Math.Min(j, beyond);
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - limit);
            var to = Math.Min(b.Length, i + limit);
            current[0] = Math.Min(i, beyond);
            if (from > 1) current[from - 1] = beyond;
            var rowMinimum = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = Math.Min(value, beyond);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (to < b.Length) current[to + 1] = beyond;
            if (rowMinimum >= beyond) return beyond;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
