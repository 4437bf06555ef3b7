using Xunit;

namespace PolicyLang.Tests.Analysis.Formulas;

public class FormulaRuleTests
{
    private static Compilation Compile(string text) => TestSupport.Compile(TestSupport.MinimalKader + text);

    [Fact]
    public void ARowFormulaIsRecomputedPerColumn()
    {
        var compilation = Compile("""
            tabel T "t" {
              kolommen: 2016, 2017, 2018
              rij A "a": € 10, € 10, € 10
              rij B "b": € 7, € 8, € 9
              rij S "saldo": € 3, € 3, € 1 { formule: A - B }
            }
            """);
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "PL4011");
        Assert.Contains("Kolom 2017", diagnostic.MessageNl);
        Assert.Contains("€ 2", diagnostic.MessageNl);
    }

    [Fact]
    public void RoundingAloneIsNoFinding()
    {
        // 1.286 → 2.297 is +78,6%: printed as 79% (whole percents) it is right.
        var compilation = Compile("""
            tabel U "u" {
              kolommen: "jul-10", "aug-15", "verschil in procenten"
              formule: [3] = verandering([1], [2])
              rij "Steenwijkerland": 1.286, 2.297, 79%
              rij "Nederland": 439.059, 908.932, 84%
            }
            """);
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "PL4012");
        Assert.Contains("'Nederland'", diagnostic.MessageNl);
        Assert.Contains("107,02%", diagnostic.MessageNl);
    }

    [Fact]
    public void AFailedClaimSaysWhereAndByHowMuch()
    {
        var compilation = Compile("""
            tabel Uitkomsten "x € 1.000" {
              eenheid: euro
              schaal: 1.000
              kolommen: 2016, 2017, 2018
              rij "scenario 1": € 1.999, € 278, € -217
              rij "Scenario2": € 1.824, € -75, € -753
            }
            bewering Tekort "Vanaf 2018 ontstaat in alle scenario's een tekort." {
              formule: elk(Uitkomsten t/m 2017) >= 0 en elk(Uitkomsten vanaf 2018) < 0
            }
            """);
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code == "PL4013");
        Assert.Contains("'Scenario2' is in kolom 2017 al € -75.000", diagnostic.MessageNl);
        Assert.Contains("'Scenario2' is already € -75.000 in column 2017", diagnostic.MessageEn);
    }

    [Fact]
    public void AClaimThatHoldsOrCannotBeJudgedIsNoFinding()
    {
        var compilation = Compile("""
            tabel T "t" {
              kolommen: 2016, 2017
              rij A "a": € 5, nb
            }
            bewering Positief "Alles is positief." { formule: elk(T) > 0 }
            bewering Groter "A is groter dan 1." { formule: A > 1 }
            """);
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code == "PL4013");
    }

    [Fact]
    public void AFactTiedToACellIsComparedWithItsRounding()
    {
        const string Table = "tabel Au \"au\" {\n  kolommen: 2015, 2016\n  rij Totaal \"TOTAAL\": € 27.159.000, € 25.719.000\n}\n";
        var wrong = Compile(Table + "feit F \"f\" { waarde: € 1,42 mln gelijk aan: Au.Totaal[2015] - Au.Totaal[2016] }\n");
        Assert.Contains("€ 20.000 minder", Assert.Single(wrong.Diagnostics, d => d.Code == "PL4014").MessageNl);
        var right = Compile(Table + "feit F \"f\" { waarde: € 1,4 mln gelijk aan: Au.Totaal[2015] - Au.Totaal[2016] }\n");
        Assert.DoesNotContain(right.Diagnostics, d => d.Code == "PL4014");
    }
}
