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
}
