using System.Text;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Scale;

/// <summary>
/// Issue 20, item 2: a file of a million mistakes. Past <see cref="SyntaxErrorLimit.PerFile"/>
/// syntax errors a file is reported by its first ones and PL1013, and is not bound: memory and time
/// stay those of a thousand mistakes.
/// </summary>
public sealed class TooManySyntaxErrorsTests
{
    private const string Kader = "kader K \"k\" { gemeente: \"G\" periode: 2015 t/m 2020 }\n";

    [Fact]
    public void A_million_mistakes_give_the_first_thousand_and_one_diagnostic_saying_so()
    {
        var tree = SyntaxTree.Parse(new string('§', 1_000_000), "/x/p.beleid");
        // What the tree keeps is bounded by the limit, not by the input.
        Assert.True(tree.DiagnosticsOverflowed);
        Assert.True(tree.Diagnostics.Length <= 2 * SyntaxErrorLimit.PerFile);

        var diagnostics = Compilation.Create([tree]).Diagnostics;
        // The run of § is one skipped run (PL1004 at its start) of empty section numbers (PL1009 each).
        Assert.Single(diagnostics, d => d.Code == "PL1004");
        var sections = diagnostics.Where(d => d.Code == "PL1009").ToList();
        Assert.Equal(Enumerable.Range(0, SyntaxErrorLimit.PerFile - 1), sections.Select(d => d.Span.Start));
        var limit = Assert.Single(diagnostics, d => d.Code == "PL1013");
        Assert.Equal(0, limit.Span.Start);
        Assert.Contains("1000", limit.Message(Taal.Nl));
        Assert.Contains("not checked further", limit.Message(Taal.En));
    }

    [Fact]
    public void Exactly_the_limit_is_reported_in_full_and_one_more_is_not()
    {
        // n empty section numbers in a row are n + 1 mistakes: the run is also out of place (PL1004).
        var atTheLimit = Codes(Compile(Kader + new string('§', SyntaxErrorLimit.PerFile - 1)));
        Assert.DoesNotContain("PL1013", atTheLimit);
        Assert.Equal(SyntaxErrorLimit.PerFile, atTheLimit.Count(c => c is "PL1009" or "PL1004"));
        Assert.Contains("PL1013", Codes(Compile(Kader + new string('§', SyntaxErrorLimit.PerFile))));
    }

    [Fact]
    public void A_file_past_the_limit_is_not_bound_but_the_other_files_of_its_folder_are()
    {
        var broken = "doel Kapot \"k\" { }\n" + string.Concat(Enumerable.Repeat("x: { ", SyntaxErrorLimit.PerFile));
        var compilation = Compilation.FromSources([("/f/a.beleid", Kader + "doel Heel \"h\" { }\n"), ("/f/b.beleid", broken)]);
        Assert.Contains(compilation.Model.Elements, e => e.Id == "Heel");
        Assert.DoesNotContain(compilation.Model.Elements, e => e.Id == "Kapot");
        // The whole file is judged in a.beleid (PL3001: a doel without indicator), nothing but syntax in b.beleid.
        Assert.Contains(compilation.Diagnostics, d => d.Code == "PL3001" && d.Location.Path == "/f/a.beleid");
        Assert.All(compilation.Diagnostics.Where(d => d.Location.Path == "/f/b.beleid"), d => Assert.StartsWith("PL1", d.Code));
    }

    [Fact]
    public void Mistakes_spread_over_many_top_level_elements_count_for_the_whole_file()
    {
        // 300 elements of 4 mistakes each: no element alone is near the limit, the file is past it.
        var text = new StringBuilder(Kader);
        for (var i = 0; i < 300; i++) text.Append($"doel D{i} \"d\" {{ § § § § }}\n");
        var codes = Codes(Compile(text.ToString()));
        Assert.Equal(SyntaxErrorLimit.PerFile, codes.Count(c => c.StartsWith("PL1", StringComparison.Ordinal) && c != "PL1013"));
        Assert.Single(codes, c => c == "PL1013");
    }
}
