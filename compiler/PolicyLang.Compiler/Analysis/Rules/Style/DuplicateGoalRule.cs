using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Style;

/// <summary>
/// PL5001: doelen with the same or nearly the same text. Titles are compared as word sets
/// (lower case, punctuation dropped): identical sets are duplicates; a Jaccard similarity of at
/// least 0,8 over titles of four or more words is "nearly the same". Prefix filtering (see
/// <see cref="Prefix"/>) keeps the comparison to likely candidates.
/// </summary>
public sealed class DuplicateGoalRule : AnalysisRule
{
    public override string Code => "PL5001";
    public override string Description => "Doelen met (vrijwel) dezelfde tekst.";

    private const double NearThreshold = 0.8;
    private const int MinimumWordsForNear = 4;

    public override void Analyze(AnalysisContext context)
    {
        var goals = context.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Doel.Title)).ToList();
        var wordSets = goals.Select(g => Words(g.Doel.Title)).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in wordSets)
            foreach (var word in words) frequency[word] = frequency.GetValueOrDefault(word) + 1;

        // Identical word sets are found by an order-independent hash of the set, checked with SetEquals.
        var bySetHash = new Dictionary<long, List<int>>();
        var prefixIndex = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var tried = new HashSet<int>();
        for (var i = 0; i < goals.Count; i++)
        {
            var words = wordSets[i];
            var setHash = SetHash(words);
            var prefix = words.Count >= MinimumWordsForNear ? Prefix(words, frequency) : [];
            if (!bySetHash.TryGetValue(setHash, out var sameHash)) bySetHash[setHash] = sameHash = [];
            var same = sameHash.FindIndex(j => wordSets[j].SetEquals(words));
            if (same >= 0)
                Report(context, goals[i], goals[sameHash[same]], identical: true);
            else if (prefix.Length > 0 && MostSimilarEarlier(words, prefix, wordSets, prefixIndex, tried) is { } other)
                Report(context, goals[i], goals[other], identical: false);
            if (same < 0) sameHash.Add(i);
            foreach (var word in prefix)
            {
                if (!prefixIndex.TryGetValue(word, out var list)) prefixIndex[word] = list = [];
                list.Add(i);
            }
        }
    }

    /// <summary>
    /// Prefix filtering: with the words ordered rarest first, two sets with a Jaccard similarity of
    /// at least t must share one of the first |x| - ceil(t·|x|) + 1 words of each. So only those are
    /// indexed, and common words ("de", "inwoners") never make every doel a candidate of every other.
    /// </summary>
    private static string[] Prefix(HashSet<string> words, Dictionary<string, int> frequency)
    {
        var length = words.Count - (int)Math.Ceiling(NearThreshold * words.Count) + 1;
        var ordered = words.ToArray();
        Array.Sort(ordered, (a, b) => frequency[a] != frequency[b] ? frequency[a].CompareTo(frequency[b]) : string.CompareOrdinal(a, b));
        return ordered.Length == length ? ordered : ordered[..length];
    }

    private static long SetHash(HashSet<string> words)
    {
        long hash = words.Count;
        foreach (var word in words) hash += StringComparer.Ordinal.GetHashCode(word) * 0x9E3779B1L;
        return hash;
    }

    private static int? MostSimilarEarlier(HashSet<string> words, string[] prefix, List<HashSet<string>> wordSets,
        Dictionary<string, List<int>> prefixIndex, HashSet<int> tried)
    {
        int? best = null;
        var bestScore = NearThreshold;
        tried.Clear();
        foreach (var word in prefix)
        {
            if (!prefixIndex.TryGetValue(word, out var list)) continue;
            foreach (var j in list)
            {
                if (!tried.Add(j)) continue;
                var shared = 0;
                foreach (var word2 in words)
                    if (wordSets[j].Contains(word2)) shared++;
                var score = (double)shared / (words.Count + wordSets[j].Count - shared);
                if (score > bestScore || (score == bestScore && (best is null || j < best))) (best, bestScore) = (j, score);
            }
        }
        return best;
    }

    private static void Report(AnalysisContext context, GoalFacts goal, GoalFacts other, bool identical) =>
        context.Report(DiagnosticBuilder.DuplicateGoal(At(goal.Doel), goal.Doel.DisplayName, other.Doel.DisplayName, identical, At(other.Doel)));

    internal static HashSet<string> Words(string title)
    {
        var lower = title.ToLowerInvariant(); // once per title, not once per word
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var isWordChar = i < lower.Length && char.IsLetterOrDigit(lower[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                words.Add(lower[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
