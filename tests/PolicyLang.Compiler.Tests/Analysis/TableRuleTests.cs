using PolicyLang.Diagnostics;
using Xunit;
using static PolicyLang.Tests.Analysis.BudgetTestSupport;

namespace PolicyLang.Tests.Analysis;

/// <summary>PL4005-PL4008: derived table rows recomputed, within the rounding of the figures.</summary>
public class TableRuleTests
{
    private const string AlgemeneUitkering = """
        tabel AU "Algemene Uitkering" {
          eenheid: euro
          kolommen: 2015, 2016, 2017
          rij Wmo "Wmo": € 7.884.000, € 7.448.000, € 6.632.000
          rij Jeugd "Jeugd": € 9.342.000, € 8.974.000, € 8.835.000
          rij Totaal "TOTAAL": € 17.226.000, € 16.422.000, TOTAL2017 { som van: Wmo, Jeugd }
          rij Daling "daling": -, € -804.000, DALING2017 { verschil van: Totaal }
          rij "cumulatief": -, € -804.000, CUMUL2017 { cumulatief van: Daling }
        }
        """;

    private static string Au(string total = "€ 15.467.000", string daling = "€ -955.000", string cumul = "€ -1.759.000") =>
        AlgemeneUitkering.Replace("TOTAL2017", total).Replace("DALING2017", daling).Replace("CUMUL2017", cumul);

    [Fact]
    public void ACorrectTableGivesNoArithmeticFinding()
    {
        var diagnostics = TestSupport.Compile(TestSupport.MinimalKader + Au()).Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("PL4", StringComparison.Ordinal));
    }

    // ---- PL4005 ---------------------------------------------------------------------------

    [Fact]
    public void ASumRowThatDoesNotAddUpIsReportedInItsColumn()
    {
        // The total is off; the change and running sum, derived from the written total, are checked on their own.
        var finding = Assert.Single(Findings("PL4005", Au(total: "€ 15.476.000", daling: "€ -946.000", cumul: "€ -1.750.000")));

        Assert.Equal("€ 15.476.000", TextAt(finding));
        Assert.StartsWith("Kolom 2017: de som van Wmo, Jeugd is € 15.467.000", finding.MessageNl);
        Assert.Contains("€ 9.000 meer dan de som", finding.MessageNl);
        Assert.Equal(["€ 6.632.000", "€ 8.835.000"], finding.Related.Select(TextAt));
        Assert.Contains("€ 16.422.000, € 15.467.000 { som van", ApplyFix(finding));
    }

    [Fact]
    public void EmptyCellsCountAsNothingInASum()
    {
        Assert.Empty(Findings("PL4005", """
            tabel T "T" {
              kolommen: 2016, 2017
              rij A "A": € 100, € 100
              rij B "Taakstelling": -, € -30
              rij "Totaal": € 100, € 70 { som van: A, B }
            }
            """));
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("n.v.t.")]
    [InlineData("*")]
    public void AMissingValueCodeIsNoZero(string code)
    {
        // Suppressed (CBS '*') or unknown: the figure exists but is not known, so the sum of its
        // column cannot be checked, while the other columns still are.
        const string table = """
            tabel T "T" {
              kolommen: 2016, 2017
              rij A "A": 10, 20
              rij B "B": CODE, 5
              rij "Totaal": 99, TOTAL { som van: A, B }
            }
            """;
        Assert.Empty(Findings("PL4005", table.Replace("CODE", code).Replace("TOTAL", "25")));
        var finding = Assert.Single(Findings("PL4005", table.Replace("CODE", code).Replace("TOTAL", "26")));
        Assert.StartsWith("Kolom 2017", finding.MessageNl);
        Assert.Empty(Findings("PL2007", table.Replace("CODE", code).Replace("TOTAL", "25")));
    }

    [Fact]
    public void APercentageChangeBesideTheCountsIsNotSummed()
    {
        // Steenwijkerland, bijlage 1: the total row holds counts and the change in percent; the
        // percentages of the age groups do not add up to the total's percentage, nor should they.
        Assert.Empty(Findings("PL4005", """
            tabel Beroepsbevolking "Beroepsbevolking" {
              kolommen: 2010, 2015, "2010-2015"
              rij Totaal "Totaal": 19.510, 19.150, -1,85% { som van: Jong, Oud }
              rij Jong "15 tot 40": 9.000, 8.000, -11,11%
              rij Oud "40 tot 65": 10.510, 11.150, 6,09%
            }
            """));
    }

    [Fact]
    public void CountsThatDoNotAddUpAreReportedEvenBesideAPercentageColumn()
    {
        var finding = Assert.Single(Findings("PL4005", """
            tabel Beroepsbevolking "Beroepsbevolking" {
              kolommen: 2010, 2015, "2010-2015"
              rij Totaal "Totaal": 19.510, 19.160, -1,85% { som van: Jong, Oud }
              rij Jong "15 tot 40": 9.000, 8.000, -11,11%
              rij Oud "40 tot 65": 10.510, 11.150, 6,09%
            }
            """));
        Assert.StartsWith("Kolom 2015: de som van 15 tot 40, 40 tot 65 is 19.150", finding.MessageNl);
        Assert.Contains("10 meer", finding.MessageNl);
    }

    [Fact]
    public void PercentagesOfOneDeclaredDenominatorAreSummed()
    {
        const string template = """
            tabel Verdeling "Verdeling van het budget" {
              eenheid: percentage van "het budget sociaal domein"
              kolommen: 2017
              rij A "Wmo": 40%
              rij B "Jeugd": 35%
              rij "Totaal": TOTAL { som van: A, B }
            }
            """;
        Assert.Empty(Findings("PL4005", template.Replace("TOTAL", "75%")));
        var finding = Assert.Single(Findings("PL4005", template.Replace("TOTAL", "80%")));
        Assert.Contains("5 procentpunt meer", finding.MessageNl);
    }

    [Fact]
    public void RoundedFiguresAreJudgedWithinHalfAUnitOfTheirLastDigit()
    {
        // Lochem-Zutphen's Macrobudgetten in billions with two decimals: each figure may be off by € 5 mln.
        const string template = """
            tabel M "Macrobudgetten" {
              kolommen: "Budget"
              rij A "BUIG": € 5,00 mld
              rij B "WSW": € 2,40 mld
              rij "Totaal": TOTAL { som van: A, B }
            }
            """;
        Assert.Empty(Findings("PL4005", template.Replace("TOTAL", "€ 7,40 mld")));
        Assert.Empty(Findings("PL4005", template.Replace("TOTAL", "€ 7,41 mld"))); // within 3 × € 5 mln
        var finding = Assert.Single(Findings("PL4005", template.Replace("TOTAL", "€ 7,42 mld")));
        Assert.Contains("€ 20.000.000 meer dan de som", finding.MessageNl);
        Assert.Contains("(± € 15.000.000)", finding.MessageNl);
        Assert.Empty(finding.Fixes);
    }

    // ---- PL4006 ---------------------------------------------------------------------------

    [Fact]
    public void AChangeRowIsCheckedAgainstThePreviousColumn()
    {
        var finding = Assert.Single(Findings("PL4006", Au(daling: "€ -945.000")));

        Assert.Equal("€ -945.000", TextAt(finding));
        Assert.StartsWith("Kolom 2017: de verandering van 'TOTAAL' ten opzichte van de vorige kolom is € -955.000", finding.MessageNl);
        Assert.Contains("€ 10.000 meer", finding.MessageNl);
        Assert.Equal(["€ 16.422.000", "€ 15.467.000"], finding.Related.Select(TextAt));
        Assert.Contains("€ -804.000, € -955.000 { verschil van", ApplyFix(finding));
    }

    [Fact]
    public void AChangeInPercentagePointsIsCheckedWithinRounding()
    {
        const string template = """
            tabel W "Werkloosheid" {
              kolommen: 2010, 2015
              rij P "Werkloosheid": 4,5%, 6,2%
              rij "verschil": -, CHANGE { verschil van: P }
            }
            """;
        Assert.Empty(Findings("PL4006", template.Replace("CHANGE", "1,7%")));
        Assert.Contains("procentpunt", Assert.Single(Findings("PL4006", template.Replace("CHANGE", "1,9%"))).MessageNl);
    }

    // ---- PL4007 ---------------------------------------------------------------------------

    [Fact]
    public void ARunningSumIsCheckedColumnByColumn()
    {
        var finding = Assert.Single(Findings("PL4007", Au(cumul: "€ -1.760.000")));

        Assert.Equal("€ -1.760.000", TextAt(finding));
        Assert.StartsWith("Kolom 2017: de lopende som van 'daling' tot en met deze kolom is € -1.759.000", finding.MessageNl);
        Assert.Contains("€ 1.000 minder", finding.MessageNl);
        Assert.Equal(2, finding.Related.Length);
    }

    [Fact]
    public void ARunningSumOverATextCellStops() =>
        Assert.Empty(Findings("PL4007", """
            tabel T "T" {
              kolommen: 2016, 2017, 2018
              rij D "daling": € -1, "onbekend", € -3
              rij "cumulatief": € -1, € -9, € -99 { cumulatief van: D }
            }
            """));

    // ---- PL4008 ---------------------------------------------------------------------------

    private const string Ringen = """
        tabel R "Wat doen we met dit budget?" {
          kolommen: "Budget"
          rij Ring "eigen kracht": € 6,2 mln
          rij Totaal "Subtotaal programma 6": € 104.121.633
          rij "aandeel eigen kracht": SHARE { aandeel van: Ring, Totaal }
        }
        """;

    [Fact]
    public void AShareWithinRoundingGivesNoFinding() =>
        Assert.Empty(Findings("PL4008", Ringen.Replace("SHARE", "6%"))); // 6,15 to 6,25 mln of 104,1 mln: 5,9% to 6,0%

    [Fact]
    public void AShareBeyondRoundingIsReported()
    {
        var finding = Assert.Single(Findings("PL4008", Ringen.Replace("SHARE", "8%")));

        Assert.Equal("8%", TextAt(finding));
        Assert.StartsWith("Kolom \"Budget\": 'eigen kracht' is 5,95% van 'Subtotaal programma 6'", finding.MessageNl);
        Assert.Contains("2,05 procentpunt meer", finding.MessageNl);
        Assert.Equal(["€ 6,2 mln", "€ 104.121.633"], finding.Related.Select(TextAt));
        Assert.Empty(finding.Fixes); // the part is rounded
    }

    [Fact]
    public void AShareOfExactFiguresOffersTheRecomputedPercentage()
    {
        var finding = Assert.Single(Findings("PL4008", """
            tabel T "T" {
              kolommen: 2017
              rij Deel "cliënten met hulp": 250
              rij Geheel "inwoners": 1.000
              rij "aandeel": 30,0% { aandeel van: Deel, Geheel }
            }
            """));
        Assert.Contains("rij \"aandeel\": 25,0% {", ApplyFix(finding));
    }

    [Fact]
    public void FiguresBeyondAnyBudgetDoNotOverflowTheArithmetic()
    {
        var diagnostics = TestSupport.Compile(TestSupport.MinimalKader + """
            tabel T "T" {
              schaal: 1.000.000.000
              kolommen: 2017, 2018
              rij A "a": 79.000.000.000.000.000.000.000.000.000, 0,000000000000000000000001
              rij B "b": 79.000.000.000.000.000.000.000.000.000, 0,000000000000000000000003
              rij S "som": 1, 2 { som van: A, B }
              rij "aandeel": 50%, 99999% { aandeel van: A, B }
            }
            begroting G "G" {
              jaren: 2017 t/m 2017
              schaal: 1.000.000.000
              post "x": € 79.000.000.000.000.000.000.000.000 { post "y": € 79.000.000.000.000.000.000.000.000 post "z": € 79.000.000.000.000.000.000.000.000 }
            }
            """).Diagnostics;
        // The binder refuses figures beyond 10^20 (PL2020, issue 20); nothing else is an error and nothing throws.
        Assert.Contains(diagnostics, d => d.Code == "PL2020");
        Assert.All(diagnostics.Where(d => d.IsError), d => Assert.Equal("PL2020", d.Code));
    }

    [Fact]
    public void AShareOfAZeroWholeIsNotJudged() =>
        Assert.Empty(Findings("PL4008", """
            tabel T "T" {
              kolommen: 2017
              rij Deel "a": 0
              rij Geheel "b": 0
              rij "aandeel": 30% { aandeel van: Deel, Geheel }
            }
            """));
}

/// <summary>PL4009: one cell per column.</summary>
public class RowWidthRuleTests
{
    [Fact]
    public void ARowWithACellTooFewIsReportedWithTheColumnsRelated()
    {
        var finding = Assert.Single(Findings("PL4009", """
            tabel T "Werkloosheid" {
              kolommen: 2010, 2015, "verschil"
              rij "Steenwijkerland": 4,5%, 6,2%, 1,7%
              rij "Meppel": 4,7%, 6,6%
            }
            """));

        Assert.Equal("4,7%, 6,6%", TextAt(finding));
        Assert.Contains("2 cellen", finding.MessageNl);
        Assert.Contains("3 kolommen", finding.MessageNl);
        Assert.Equal("2010, 2015, \"verschil\"", TextAt(Assert.Single(finding.Related)));
    }

    [Fact]
    public void EmptyCellsWrittenAsDashesCountAndTablesWithoutColumnsAreNotJudged()
    {
        Assert.Empty(Findings("PL4009", """
            tabel T "T" {
              kolommen: "Huidig of nieuw", "Budget", "Korting"
              rij "Werk en Inkomen": -, -, -
              rij "BUIG": "Huidig", € 5,00 mld, -4%
            }
            tabel Vrij "Zonder kolommen" {
              rij "a": 1
              rij "b": 1, 2
            }
            """));
    }
}

/// <summary>PL4010: a derivation names as many rows as its arithmetic takes.</summary>
public class DerivationShapeRuleTests
{
    [Fact]
    public void AShareOfOneRowAndAChangeOfTwoRowsAreReported()
    {
        var findings = Findings("PL4010", """
            tabel T "T" {
              kolommen: 2016, 2017
              rij A "a": 1, 2
              rij B "b": 2, 4
              rij "aandeel": 50%, 50% { aandeel van: A }
              rij "verschil": -, 1 { verschil van: A, B }
            }
            """);

        Assert.Equal(2, findings.Count);
        Assert.Equal("A", TextAt(findings[0]));
        Assert.Contains("noemt 1 rij, maar de berekening vraagt er 2 (deel, geheel)", findings[0].MessageNl);
        Assert.Equal("A, B", TextAt(findings[1]));
        Assert.Contains("noemt 2 rijen, maar de berekening vraagt er 1", findings[1].MessageNl);
    }

    [Fact]
    public void DerivationsOfTheRightShapeAndSumsOfAnyNumberAreNotReported() =>
        Assert.Empty(Findings("PL4010", """
            tabel T "T" {
              kolommen: 2016, 2017
              rij A "a": 1, 2
              rij B "b": 2, 4
              rij C "c": 3, 6 { som van: A, B }
              rij "aandeel": 33,3%, 33,3% { aandeel van: A, C }
              rij D "verschil": -, 3 { verschil van: C }
              rij "cumulatief": -, 3 { cumulatief van: D }
            }
            """));
}
