namespace PolicyLang.Syntax;

/// <summary>"Bedoelde je …?": the closest candidate by edit distance, if it is close enough.</summary>
public static partial class Spelling
{
    /// <summary>
    /// At most this many mistakes are corrected, however long the word: beyond it a suggestion is a
    /// guess, and the bound keeps the work per candidate linear in the word's length (a
    /// 100,000-character id ran out of memory with a full distance matrix).
    /// </summary>
    public const int MaxMistakes = 8;

    /// <summary>
    /// One question: every candidate compared in turn (for a few candidates, such as the keywords
    /// or a schema's fields, cheaper than building an <see cref="Index"/>). The smallest distance
    /// within <see cref="AllowedMistakes"/> wins, among equals the ordinally first candidate; an
    /// exact (case-insensitive) match means there is nothing to suggest.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var allowed = AllowedMistakes(word);
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // Only a distance up to the best so far can still win (a tie by the ordinal order).
            var distance = Distance(lower, candidate.ToLowerInvariant(), Math.Min(allowed, bestDistance));
            if (distance > allowed) continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best is not null && bestDistance > 0 ? best : null;
    }

    /// <summary>Allow about one mistake per three characters, at least one, at most <see cref="MaxMistakes"/>.</summary>
    public static int AllowedMistakes(string word) => Math.Min(MaxMistakes, Math.Max(1, word.Length / 3));

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
        // Three rows; on the stack for the usual short words (this runs for every candidate).
        var rows = width <= 128 ? stackalloc int[3 * width] : new int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
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
            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.Length];
    }
}
