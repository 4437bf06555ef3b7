using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3031 (issue 15 item 6): principles of opposite voorrang without a spanning.</summary>
public class ConflictingPrinciplesTests
{
    private static IReadOnlyList<PolicyLang.Diagnostics.Diagnostic> Findings(string body) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => d.Code == "PL3031").ToList();

    private const string Principles = """
        uitgangspunt Plafond "Binnen budget" { voorrang: budget }
        uitgangspunt Ook "Ook binnen budget" { voorrang: budget }
        uitgangspunt Zorg "Zorg voorop" { voorrang: ondersteuning }
        uitgangspunt Hulp "Hulp voorop" { voorrang: ondersteuning }

        """;

    [Fact]
    public void OneFindingPerBudgetFirstPrincipleNamingTheFirstCounterpartAndPointingAtTheOthers()
    {
        var findings = Findings(Principles);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Contains("'Zorg'", f.MessageNl));
        Assert.All(findings, f => Assert.Equal(2, f.Related.Length));
    }

    [Fact]
    public void ASpanningCoversOnlyThePairItNames()
    {
        var findings = Findings(Principles + """spanning S "Plafond tegen zorg" { tussen: Plafond, Zorg }""");
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.MessageNl.Contains("'Plafond'") && f.MessageNl.Contains("'Hulp'"));
    }

    [Fact]
    public void PrinciplesOfOneKindAreNoConflict() =>
        Assert.Empty(Findings("""
            uitgangspunt A "Binnen budget" { voorrang: budget }
            uitgangspunt B "Ook binnen budget" { voorrang: budget }
            uitgangspunt C "Zonder voorrang" { }
            """));

    [Fact]
    public void AnUnknownVoorrangIsTheBindersFindingNotAConflict()
    {
        var compilation = TestSupport.Compile(TestSupport.MinimalKader + """
            uitgangspunt A "Binnen budget" { voorrang: bugdet }
            uitgangspunt B "Zorg voorop" { voorrang: ondersteuning }
            """);
        Assert.DoesNotContain("PL3031", TestSupport.Codes(compilation));
        Assert.Contains(compilation.Diagnostics, d => d.Code.StartsWith("PL2", StringComparison.Ordinal));
    }
}
