using PolicyLang.Syntax;
using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3025 (issue 15 item 3): a zie ook to itself or to nothing; a zie ook is no contribution.</summary>
public class CrossReferenceTests
{
    private static IReadOnlyList<PolicyLang.Diagnostics.Diagnostic> Findings(Compilation compilation) =>
        compilation.Diagnostics.Where(d => d.Code == "PL3025").ToList();

    [Fact]
    public void AZieOokToANameNoElementHasIsAFindingWithASuggestionAndNoBindingError()
    {
        var compilation = TestSupport.Compile(TestSupport.MinimalKader + """
            kaderstelling Kader2 "Kader 2" { nummer: 2 }
            kaderstelling Kader3 "Kader 3" { nummer: 3 zie ook: Kader2, Kadr2, Kader7 }
            """);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("PL2", StringComparison.Ordinal));
        var findings = Findings(compilation);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.MessageNl.Contains("'Kadr2', maar dat bestaat niet") && f.MessageNl.Contains("Bedoelde je 'Kader2'?"));
        Assert.Contains(findings, f => f.MessageEn.Contains("'Kader7', which does not exist"));
    }

    [Fact]
    public void AZieOokToItselfIsAFinding()
    {
        var finding = Assert.Single(Findings(TestSupport.Compile(TestSupport.MinimalKader + """
            kaderstelling Kader2 "Kader 2" { zie ook: Kader2 }
            """)));
        Assert.Contains("naar zichzelf", finding.MessageNl);
    }

    [Fact]
    public void AZieOokIsNotAContribution()
    {
        // Two doelen that only refer to each other: no cycle (PL2004), and neither counts as
        // contributing to the other, so the hoofddoel's "nothing contributes" finding stays.
        var withZieOok = TestSupport.Compile(TestSupport.MinimalKader + """
            doel A "A" { zie ook: B meetbaar: nee reden: "r" }
            doel B "B" { zie ook: A meetbaar: nee reden: "r" }
            """);
        var without = TestSupport.Compile(TestSupport.MinimalKader + """
            doel A "A" { meetbaar: nee reden: "r" }
            doel B "B" { meetbaar: nee reden: "r" }
            """);
        Assert.Empty(Findings(withZieOok));
        Assert.Equal(TestSupport.Codes(without), TestSupport.Codes(withZieOok));
        Assert.Empty(withZieOok.Model.Targets(withZieOok.Model.Lookup("A")!, FieldNames.DraagtBijAan));
    }

    [Fact]
    public void AMultiWordFieldAfterAKeywordValueStartsTheNextField()
    {
        // "uitgangspunt" is an element keyword and a soort; the field after it must not be read as an element.
        var compilation = TestSupport.CompileFrontEnd(TestSupport.MinimalKader + """
            uitgangspunt U1 "Een" {
              soort: uitgangspunt
              zie ook: U2
            }
            uitgangspunt U2 "Twee" {
              soort: uitgangspunt
              draagt bij aan: Doel
            }
            doel Doel "Doel" { meetbaar: nee reden: "r" }
            """);
        Assert.Empty(compilation.Diagnostics);
        var u1 = compilation.Model.Lookup("U1")!;
        Assert.Equal("U2", Assert.Single(compilation.Model.Targets(u1, FieldNames.ZieOok)).Id);
        Assert.Equal("Doel", Assert.Single(compilation.Model.Targets(compilation.Model.Lookup("U2")!, FieldNames.DraagtBijAan)).Id);
    }
}
