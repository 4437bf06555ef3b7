using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Style;

/// <summary>
/// PL5001: doelen with the same or nearly the same text. Titles are compared as word sets
/// (lower case, punctuation dropped): identical sets are duplicates; a Jaccard similarity of at
/// least 0,8 over titles of four or more words is "nearly the same". An inverted index keeps the
/// comparison to doelen that share a word.
/// </summary>
public sealed class DuplicateGoalRule : AnalysisRule
{
    public override string Code => "PL5001";
    public override string Description => "Doelen met (vrijwel) dezelfde tekst.";

    private const double NearThreshold = 0.8;
    private const int MinimumWordsForNear = 4;

    public override void Analyze(AnalysisContext context)
    {
        var seenText = new Dictionary<string, GoalFacts>(StringComparer.Ordinal);
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var wordSets = new List<HashSet<string>>();
        var goals = context.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Doel.Title)).ToList();

        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            var words = Words(goal.Doel.Title);
            wordSets.Add(words);
            var normalized = string.Join(' ', words.Order(StringComparer.Ordinal));
            if (seenText.TryGetValue(normalized, out var same))
                Report(context, goal, same, identical: true);
            else if (words.Count >= MinimumWordsForNear && MostSimilarEarlier(i, words, wordSets, index) is { } other)
                Report(context, goal, goals[other], identical: false);
            seenText.TryAdd(normalized, goal);
            foreach (var word in words)
            {
                if (!index.TryGetValue(word, out var list)) index[word] = list = [];
                list.Add(i);
            }
        }
    }

    private static int? MostSimilarEarlier(int i, HashSet<string> words, List<HashSet<string>> wordSets, Dictionary<string, List<int>> index)
    {
        var shared = new Dictionary<int, int>();
        foreach (var word in words)
            if (index.TryGetValue(word, out var list))
                foreach (var j in list) shared[j] = shared.GetValueOrDefault(j) + 1;
        int? best = null;
        var bestScore = NearThreshold;
        foreach (var (j, count) in shared)
        {
            if (wordSets[j].Count < MinimumWordsForNear) continue;
            var score = (double)count / (words.Count + wordSets[j].Count - count);
            if (score >= bestScore && (best is null || score > bestScore || j < best)) (best, bestScore) = (j, score);
        }
        return best;
    }

    private static void Report(AnalysisContext context, GoalFacts goal, GoalFacts other, bool identical) =>
        context.Report(DiagnosticBuilder.DuplicateGoal(At(goal.Doel), goal.Doel.DisplayName, other.Doel.DisplayName, identical, At(other.Doel)));

    internal static HashSet<string> Words(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var isWordChar = i < title.Length && char.IsLetterOrDigit(title[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                words.Add(title[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
