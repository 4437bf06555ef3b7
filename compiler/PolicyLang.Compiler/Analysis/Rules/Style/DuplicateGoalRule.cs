using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis.Rules.Style;

/// <summary>
/// PL5001: doelen with the same or nearly the same text. Titles are compared as word sets
/// (case-insensitive, punctuation dropped): identical sets are duplicates; a Jaccard similarity of at
/// least 0,8 over titles of four or more words is "nearly the same", and so is a title of five or
/// more words of which at least 90% recur in the other (containment: one restates the other and
/// adds to it). Thresholds measured on all doel pairs of the five seeds (issue 15 item 10,
/// docs/findings.md; the judged pairs are the test fixture NearDuplicateGoals.txt). Words are compared by their
/// 32-bit case-insensitive hash (<see cref="WordHash"/>), so no word string is ever allocated (a collision can only make two
/// titles look a word more alike). Prefix filtering (see <see cref="Prefix"/>) keeps the comparison
/// to likely candidates.
/// </summary>
public sealed class DuplicateGoalRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL5001", DiagnosticSeverity.Warning,
        "Dubbel doel", "Duplicate goal",
        "Doel '{0}' heeft {1} tekst als doel '{2}'.",
        "Doel '{0}' has {1} text as doel '{2}'.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Doelen met (vrijwel) dezelfde tekst.";

    private const double NearThreshold = 0.8;
    private const int MinimumWordsForNear = 4;
    internal const double ContainedThreshold = 0.9;
    private const int MinimumWordsForContained = 5;
    /// <summary>A word shared by more earlier titles than this gives no containment candidates: it keeps the rule linear on kaders of near-identical titles.</summary>
    private const int MaxContainmentCandidatesPerWord = 64;

    public override void Analyze(AnalysisContext context)
    {
        // In the document's order, never the files' (decision 0016): the later of a pair is the one reported.
        var goals = context.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Doel.Title))
            .OrderBy(g => g.Doel, new Goals.DocumentOrder(context.Model.Positions)).ToList();
        var wordSets = new int[goals.Count][];
        var frequency = new Dictionary<int, int>();
        for (var i = 0; i < goals.Count; i++)
        {
            wordSets[i] = WordHashes(goals[i].Doel.Title);
            foreach (var word in wordSets[i]) frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var bySetHash = new Dictionary<long, List<int>>();
        var prefixIndex = new Dictionary<int, List<int>>();
        var wordIndex = new Dictionary<int, List<int>>();
        var tried = new HashSet<int>();
        for (var i = 0; i < goals.Count; i++)
        {
            var words = wordSets[i];
            var setHash = SetHash(words);
            if (!bySetHash.TryGetValue(setHash, out var sameHash)) bySetHash[setHash] = sameHash = [];
            var same = sameHash.FindIndex(j => wordSets[j].AsSpan().SequenceEqual(words));
            var prefix = words.Length >= MinimumWordsForNear ? Prefix(words, frequency) : [];
            if (same >= 0)
                Report(context, goals[i], goals[sameHash[same]], identical: true);
            else if (prefix.Length > 0 && MostSimilarEarlier(words, prefix, wordSets, prefixIndex, wordIndex, tried) is { } other)
                Report(context, goals[i], goals[other], identical: false);
            if (same < 0) sameHash.Add(i);
            foreach (var word in prefix)
            {
                if (!prefixIndex.TryGetValue(word, out var list)) prefixIndex[word] = list = [];
                list.Add(i);
            }
            if (words.Length >= MinimumWordsForNear)
                foreach (var word in words)
                {
                    if (!wordIndex.TryGetValue(word, out var list)) wordIndex[word] = list = [];
                    if (list.Count <= MaxContainmentCandidatesPerWord) list.Add(i);
                }
        }
    }

    /// <summary>The distinct words of a title as sorted case-insensitive hashes.</summary>
    internal static int[] WordHashes(string title)
    {
        // At most one word per two characters; short titles (nearly all) stay on the stack.
        Span<int> hashes = title.Length <= 512 ? stackalloc int[title.Length / 2 + 1] : new int[title.Length / 2 + 1];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var isWordChar = i < title.Length && char.IsLetterOrDigit(title[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                hashes[count++] = WordHash(title.AsSpan(start, i - start));
                start = -1;
            }
        }
        hashes = hashes[..count];
        hashes.Sort();
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
            if (i == 0 || hashes[i] != hashes[i - 1]) hashes[distinct++] = hashes[i];
        return hashes[..distinct].ToArray();
    }

    /// <summary>
    /// FNV-1a over the lower-cased characters: case-insensitive, the same in every process (unlike
    /// <see cref="string.GetHashCode()"/>), and cheaper than the framework's ignore-case hash.
    /// </summary>
    private static int WordHash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
        return (int)hash;
    }

    private static long SetHash(int[] words)
    {
        long hash = words.Length;
        foreach (var word in words) hash = hash * 31 + word;
        return hash;
    }

    /// <summary>
    /// Prefix filtering: with the words ordered rarest first, two sets with a Jaccard similarity of
    /// at least t must share one of the first |x| - ceil(t·|x|) + 1 words of each. So only those are
    /// indexed, and common words ("de", "inwoners") never make every doel a candidate of every other.
    /// </summary>
    private static int[] Prefix(int[] words, Dictionary<int, int> frequency)
    {
        var length = words.Length - (int)Math.Ceiling(NearThreshold * words.Length) + 1;
        // Rarest first, ties by hash: one sort of (frequency, hash) packed into a long, so the sort
        // itself does no dictionary look-ups.
        Span<long> keys = words.Length <= 64 ? stackalloc long[words.Length] : new long[words.Length];
        for (var i = 0; i < words.Length; i++) keys[i] = ((long)frequency[words[i]] << 32) | (uint)(words[i] ^ int.MinValue);
        keys.Sort();
        var prefix = new int[length];
        for (var i = 0; i < length; i++) prefix[i] = (int)(uint)keys[i] ^ int.MinValue;
        return prefix;
    }

    /// <summary>
    /// The most similar earlier title at or above a threshold. Candidates: every earlier title whose
    /// indexed prefix holds one of this title's words (finds the Jaccard pairs, and containment
    /// where the earlier title is the shorter: its prefix, longer than containment needs, shares a
    /// word with this one), and every earlier title holding one of this title's rarest words (finds
    /// containment where this title is the shorter).
    /// </summary>
    private static int? MostSimilarEarlier(int[] words, int[] prefix, int[][] wordSets, Dictionary<int, List<int>> prefixIndex,
        Dictionary<int, List<int>> wordIndex, HashSet<int> tried)
    {
        int? best = null;
        var bestScore = 0.0;
        tried.Clear();
        foreach (var word in words)
            if (prefixIndex.TryGetValue(word, out var list))
                foreach (var j in list) Consider(j);
        var containmentPrefix = words.Length - (int)Math.Ceiling(ContainedThreshold * words.Length) + 1;
        for (var k = 0; k < containmentPrefix && k < prefix.Length; k++)
            if (wordIndex.TryGetValue(prefix[k], out var list) && list.Count <= MaxContainmentCandidatesPerWord)
                foreach (var j in list) Consider(j);
        return best;

        void Consider(int j)
        {
            if (!tried.Add(j)) return;
            var score = Similarity(words, wordSets[j]);
            if (score > bestScore || (score == bestScore && score > 0 && (best is null || j < best))) (best, bestScore) = (j, score);
        }
    }

    /// <summary>
    /// How nearly two titles are the same, 0 when not nearly: their Jaccard similarity when it reaches
    /// <see cref="NearThreshold"/>, else the share of the shorter title's words found in the longer
    /// when that reaches <see cref="ContainedThreshold"/> (scored just at the Jaccard threshold, so a
    /// Jaccard match is preferred).
    /// </summary>
    internal static double Similarity(int[] a, int[] b)
    {
        var shared = SharedCount(a, b);
        var jaccard = (double)shared / (a.Length + b.Length - shared);
        if (jaccard >= NearThreshold && Math.Min(a.Length, b.Length) >= MinimumWordsForNear) return jaccard;
        var shorter = Math.Min(a.Length, b.Length);
        return shorter >= MinimumWordsForContained && (double)shared / shorter >= ContainedThreshold ? NearThreshold : 0;
    }

    /// <summary>The number of hashes two sorted, distinct arrays share (one merge pass).</summary>
    private static int SharedCount(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared;
    }

    private static void Report(AnalysisContext context, GoalFacts goal, GoalFacts other, bool identical) =>
        context.Report(Descriptor.Create(At(goal.Doel), goal.Doel.DisplayName, identical ? ("dezelfde", "the same") : ("vrijwel dezelfde", "nearly the same"), other.Doel.DisplayName)
            .WithRelated(At(other.Doel), $"het doel '{other.Doel.DisplayName}'", $"the doel '{other.Doel.DisplayName}'"));
}
