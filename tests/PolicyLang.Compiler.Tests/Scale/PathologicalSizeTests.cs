using System.Text;
using PolicyLang.Syntax;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Scale;

/// <summary>
/// Issue 20, item 2: inputs whose size or depth the user controls. The criteria are not clock
/// times: a recursive walk over a 25,000-long chain overflows the stack (which ends the test
/// run), a full distance matrix for a 100,000-character id needs 40 GB.
/// </summary>
public sealed class PathologicalSizeTests
{
    private const string Kader = "kader K \"k\" { gemeente: \"G\" periode: 2015 t/m 2020 }\n";

    [Fact]
    public void A_chain_of_25000_doelen_each_contributing_to_the_next_is_walked_without_recursion()
    {
        const int length = 25_000;
        var text = new StringBuilder(Kader);
        for (var i = 0; i < length; i++)
            text.Append($"doel D{i} \"d\" {{ meetbaar: nee reden: \"r\" draagt bij aan: D{(i + 1) % length} }}\n");
        var compilation = Compile(text.ToString());
        // The chain closes on itself: one cycle, reported once, across all 25,000.
        Assert.Single(compilation.Diagnostics, d => d.Code == "PL2004");
    }

    [Fact]
    public void The_suggestion_for_a_100000_character_id_is_computed_in_bounded_memory()
    {
        var id = new string('a', 100_000);
        var nearMiss = id[..50_000] + "b" + id[50_001..];
        Assert.Equal(id, Spelling.Closest(nearMiss, [id, "Ander"]));
        Assert.Equal(1, Spelling.Distance(nearMiss, id));
        Assert.Equal(Spelling.MaxMistakes + 1, Spelling.Distance(id, new string('b', 100_000)));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("Tevredenheid", "Tevredneheid", 1)]
    [InlineData("abcdef", "abcdef", 0)]
    public void The_banded_distance_is_the_exact_distance_within_its_limit(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.Distance(a, b));
        Assert.Equal(Math.Min(expected, 2), Spelling.Distance(a, b, limit: 1));
    }

    /// <summary>
    /// The trie index answers exactly what comparing with every candidate answers
    /// (<see cref="Spelling.Closest(string, IEnumerable{string})"/>, the method the binder used
    /// before): random small candidate sets over a few letters in both cases, so prefixes are
    /// shared, case decides nothing, ties are frequent and exact matches occur.
    /// </summary>
    [Fact]
    public void The_spelling_index_suggests_exactly_what_a_comparison_with_every_candidate_suggests()
    {
        var random = new Random(20);
        const string letters = "abcABC";
        string Word(int maxLength)
        {
            var chars = new char[random.Next(maxLength + 1)];
            for (var i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
            return new string(chars);
        }
        var suggestions = 0;
        for (var round = 0; round < 400; round++)
        {
            var candidates = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Word(12)).ToList();
            var index = new Spelling.Index(candidates);
            for (var question = 0; question < 20; question++)
            {
                // Half the questions are near misses of a candidate, half anything.
                var word = random.Next(2) == 0 ? Mutate(candidates[random.Next(candidates.Count)]) : Word(14);
                var expected = Spelling.Closest(word, candidates);
                Assert.Equal(expected, index.Closest(word));
                Assert.Equal(expected, index.Closest(word)); // the remembered answer
                if (expected is not null) suggestions++;
            }
        }
        Assert.True(suggestions > 1000, $"only {suggestions} suggestions: the property tested little");

        string Mutate(string word)
        {
            var chars = word.ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(4))
                {
                    case 0: chars.Insert(at, letters[random.Next(letters.Length)]); break;
                    case 1 when at < chars.Count: chars.RemoveAt(at); break;
                    case 2 when at < chars.Count: chars[at] = letters[random.Next(letters.Length)]; break;
                    case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                }
            }
            return new string([.. chars]);
        }
    }

    [Fact]
    public void The_spelling_index_finds_a_near_miss_among_ten_thousand_ids_and_keeps_the_long_id_case()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => $"Doel{i:D5}Woningbouw").ToList();
        var index = new Spelling.Index(ids);
        Assert.Equal("Doel04711Woningbouw", index.Closest("Doel04711Wonignbouw"));
        Assert.Equal("Doel04711Woningbouw", index.Closest("doel04711woningbouw!"));
        Assert.Null(index.Closest("Doel04711WONINGBOUW")); // an exact match but for case: nothing to suggest
        Assert.Null(index.Closest("Iets heel anders"));
        var id = new string('a', 100_000);
        Assert.Equal(id, new Spelling.Index([id, "Ander"]).Closest(id[..50_000] + "b" + id[50_001..]));
    }

    /// <summary>
    /// PL3012's sweep finds exactly the pairs a pair-by-pair comparison finds, on random targets
    /// (points, bounds both ways, shared ends included and excluded, several years and kinds).
    /// </summary>
    [Fact]
    public void The_conflict_sweep_finds_exactly_the_pairs_of_a_pair_by_pair_comparison()
    {
        var random = new Random(20);
        string[] comparators = ["", "maximaal ", "minimaal ", "< ", "> ", "= ", "<= ", ">= "];
        var conflicts = 0;
        for (var round = 0; round < 40; round++)
        {
            var text = new StringBuilder(Kader + "indicator I \"i\" { eenheid: aantal bron: \"b\" polariteit: hoger is beter }\n");
            var count = 2 + random.Next(30);
            for (var i = 0; i < count; i++)
            {
                text.Append($"doel D{i} \"d{i}\" {{ indicator: I");
                for (var t = random.Next(3); t > 0; t--)
                    text.Append($" tussendoel: {comparators[random.Next(comparators.Length)]}{random.Next(5)}{(random.Next(4) == 0 ? "%" : "")} in {2016 + random.Next(3)}");
                text.Append($" streefwaarde: {comparators[random.Next(comparators.Length)]}{random.Next(5)} in 2020 }}\n");
            }
            var model = Compile(text.ToString()).Model;
            var context = new PolicyLang.Analysis.AnalysisContext(model, PolicyLang.Analysis.AnalysisOptions.Default, new PolicyLang.Diagnostics.DiagnosticBag(model.Positions));
            foreach (var goals in PolicyLang.Analysis.Goals.TargetConflicts.GroupsOnOneIndicator(context))
            {
                var expected = new List<string>();
                for (var i = 1; i < goals.Count; i++)
                    for (var j = 0; j < i; j++)
                        if (PolicyLang.Analysis.Goals.TargetConflicts.FirstConflict(goals[i], goals[j]) is { } c) expected.Add($"{i},{j}:{c.Year}:{c.A.Span}:{c.B.Span}");
                var actual = PolicyLang.Analysis.Goals.TargetConflicts.Conflicts(goals).Select(c => $"{c.Later},{c.Earlier}:{c.Conflict.Year}:{c.Conflict.A.Span}:{c.Conflict.B.Span}").ToList();
                Assert.Equal(expected, actual);
                conflicts += expected.Count;
            }
        }
        Assert.True(conflicts > 100, $"only {conflicts} conflicts: the comparison tests little");
    }
}
