using Xunit;

namespace PolicyLang.Tests.Analysis.ReviewerPack;

/// <summary>PL3032, PL3033, PL3034 (issue 15 item 5): one quantity stated twice with different values.</summary>
public class SameQuantityTests
{
    private static List<PolicyLang.Diagnostics.Diagnostic> Findings(string body, params string[] codes) =>
        TestSupport.Compile(TestSupport.MinimalKader + body).Diagnostics.Where(d => codes.Contains(d.Code)).ToList();

    private const string Indicator = "indicator W \"Werkloosheidspercentage\" { eenheid: percentage van \"de beroepsbevolking\" }\n";

    [Fact]
    public void TwoSourcesWithDifferentFiguresForOneYearAreReportedOnceAtTheLaterFeitNamingBoth()
    {
        var body = Indicator + """
            tabel Uwv "UWV" { kolommen: 2015 rij "Stad": 10,4% }
            feit A "UWV" { indicator: W peildatum: 2015 bron: "UWV" gelijk aan: Uwv."Stad"[2015] }
            feit B "CBS" { waarde: 6,2% indicator: W peildatum: 2015 bron: "CBS" }
            """;
        var finding = Assert.Single(Findings(body, "PL3032", "PL3033"));
        Assert.Equal("PL3033", finding.Code);
        Assert.Contains("10,4%", finding.MessageNl);
        Assert.Contains("6,2%", finding.MessageNl);
        Assert.Contains("(UWV)", finding.MessageNl);
        Assert.Contains("(CBS)", finding.MessageNl);
        Assert.Equal("6,2%", (TestSupport.MinimalKader + body).Substring(finding.Location.Span.Start, finding.Location.Span.Length));
        Assert.Single(finding.Related);
    }

    [Fact]
    public void OneSourceOrNoneIsPL3032()
    {
        var body = Indicator + """
            feit A "a" { waarde: 10% indicator: W peildatum: 2015 }
            feit B "b" { waarde: 12% indicator: W peildatum: 2015 }
            """;
        Assert.Equal("PL3032", Assert.Single(Findings(body, "PL3032", "PL3033")).Code);
    }

    [Theory]
    [InlineData("waarde: 10%", "waarde: 10,0%")]      // equal
    [InlineData("waarde: 10%", "waarde: 10,4%")]      // 10% is rounded: 9,5-10,5 holds 10,4
    [InlineData("waarde: 10% peildatum: 2015", "waarde: 12% peildatum: 2016")] // other year
    [InlineData("waarde: 10%", "waarde: € 10")]      // other kind of figure: not the same quantity
    public void FiguresThatRoundingReconcilesOrOtherYearsAreNotReported(string a, string b)
    {
        var pa = a.Contains("peildatum") ? a : a + " peildatum: 2015";
        var pb = b.Contains("peildatum") ? b : b + " peildatum: 2015";
        Assert.Empty(Findings(Indicator + $"feit A \"a\" {{ {pa} indicator: W }}\nfeit B \"b\" {{ {pb} indicator: W }}\n", "PL3032", "PL3033"));
    }

    [Fact]
    public void FeitenWithoutTheSameIndicatorAreNotCompared() =>
        Assert.Empty(Findings(Indicator + """
            indicator V "Ander" { eenheid: percentage van "x" }
            feit A "a" { waarde: 10% indicator: W peildatum: 2015 }
            feit B "b" { waarde: 30% indicator: V peildatum: 2015 }
            feit C "c" { waarde: 50% peildatum: 2015 }
            """, "PL3032", "PL3033"));

    [Fact]
    public void ThreeFeitenTwoAgreeingGiveOneFinding()
    {
        var findings = Findings(Indicator + """
            feit A "a" { waarde: 10% indicator: W peildatum: 2015 }
            feit B "b" { waarde: 10% indicator: W peildatum: 2015 }
            feit C "c" { waarde: 20% indicator: W peildatum: 2015 }
            """, "PL3032");
        Assert.Contains("'C'", Assert.Single(findings).MessageNl);
    }

    [Fact]
    public void TwoIndicatorsOfOneNameWithDifferentDefinitionsOrUnitsArePL3034()
    {
        Assert.Single(Findings("""
            indicator A "Werkloosheid" { definitie: "x" }
            indicator B "werkloosheid " { definitie: "y" }
            """, "PL3034"));
        Assert.Single(Findings("""
            indicator A "Werkloosheid" { eenheid: aantal }
            indicator B "Werkloosheid" { eenheid: percentage van "x" }
            """, "PL3034"));
        Assert.Empty(Findings("""
            indicator A "Werkloosheid" { definitie: "x" eenheid: aantal }
            indicator B "Werkloosheid" { definitie: "X" }
            indicator C "Andere" { definitie: "y" }
            """, "PL3034"));
    }

    [Fact]
    public void ARisicoWaardeIsComparedWithItsGelijkAan()
    {
        var finding = Assert.Single(Findings("""
            tabel M "Macro" { kolommen: "budget", "korting" rij J "Jeugdzorg": € 3,50 mld, -15% }
            risico R219 "Er is een korting van (nu 18%) voorzien" { waarde: 18% gelijk aan: -M.J[2] }
            """, "PL4014"));
        Assert.Contains("18%", finding.MessageNl);
        Assert.Empty(Findings("""
            tabel M "Macro" { kolommen: "budget", "korting" rij J "Jeugdzorg": € 3,50 mld, -15% }
            risico R219 "Er is een korting van 15% voorzien" { waarde: 15% gelijk aan: -M.J[2] }
            """, "PL4014"));
    }
}
