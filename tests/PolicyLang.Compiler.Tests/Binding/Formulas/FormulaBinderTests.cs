using PolicyLang.Binding.Formulas;
using PolicyLang.Syntax.Formulas;
using Xunit;

namespace PolicyLang.Tests.Binding.Formulas;

public class FormulaBinderTests
{
    private const string Table = """
        tabel T "Cijfers" {
          kolommen: 2016, 2017
          rij A "a": € 1, € 2
          rij B "Nederland": € 3, € 4
          rij P "p": 10%, 20%
        }
        indicator Inwoners "Inwoners" { eenheid: aantal inwoners }

        """;

    private static Compilation Compile(string more) => TestSupport.Compile(TestSupport.MinimalKader + Table + more);

    private static BoundFormula Formula(Compilation compilation) => Assert.Single(compilation.Model.Formulas);

    [Fact]
    public void AnUnknownNameIsReportedWithASuggestion()
    {
        var compilation = Compile("feit F \"f\" { waarde: € 1 gelijk aan: T.A[2016] + Inwonres }\n");
        var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Code.StartsWith("PL20", StringComparison.Ordinal));
        Assert.Equal("PL2071", diagnostic.Code);
        Assert.Contains("Bedoelde je 'Inwoners'?", diagnostic.MessageNl);
    }

    [Fact]
    public void RowsResolveByIdOrTitleAndColumnsByHeader()
    {
        var compilation = Compile("feit F \"f\" { waarde: € 3 gelijk aan: T.\"Nederland\"[2016] }\n");
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Code.StartsWith("PL207", StringComparison.Ordinal));
        var formula = Formula(compilation);
        var target = formula.TargetOf((ReferenceFormula)formula.Syntax)!;
        Assert.Equal("B", target.Element!.Id);
        Assert.Equal(0, target.Column);
        Assert.Equal(FormulaType.Money, formula.Type);
    }

    [Fact]
    public void MoneyPlusPercentageIsAnError() =>
        Assert.Contains("PL2072", TestSupport.Codes(Compile("feit F \"f\" { waarde: € 3 gelijk aan: T.A[2016] + T.P[2016] }\n")));

    [Fact]
    public void MoneyPerCountIsMoneyPerUnit()
    {
        var compilation = Compile("feit F \"f\" { waarde: € 3 gelijk aan: T.A[2016] / Inwoners }\n");
        Assert.Equal(new FormulaType(FormulaUnit.Money, "Inwoners"), Formula(compilation).Type);
    }

    [Fact]
    public void AClaimMustBeTrueOrFalse()
    {
        Assert.Contains("PL2074", TestSupport.Codes(Compile("bewering X \"x\" { formule: T.A + T.B }\n")));
        Assert.DoesNotContain("PL2074", TestSupport.Codes(Compile("bewering X \"x\" { formule: elk(T vanaf 2017) > 0 }\n")));
    }

    [Fact]
    public void OneMistakeIsOneDiagnostic()
    {
        // The unknown name makes its sum unknown: no unit error on top of it.
        var codes = TestSupport.Codes(Compile("bewering X \"x\" { formule: Onbekend + T.P[2016] > 0 en niet T.A[2016] < 0 }\n"));
        Assert.Equal(["PL2071"], codes.Where(c => c.StartsWith("PL20", StringComparison.Ordinal)));
    }

    [Fact]
    public void AColumnThatDoesNotExistIsReported() =>
        Assert.Contains("PL2076", TestSupport.Codes(Compile("feit F \"f\" { waarde: € 3 gelijk aan: T.A[2019] }\n")));

    [Fact]
    public void ATableFormulaIsAnEquationOfColumns()
    {
        var ok = TestSupport.Compile(TestSupport.MinimalKader + """
            tabel U "u" {
              kolommen: "jul-10", "aug-15", "verschil in procenten"
              formule: [3] = verandering([1], [2])
              rij "Nederland": 439.059, 908.932, 107%
            }
            """);
        Assert.DoesNotContain(ok.Diagnostics, d => d.Code.StartsWith("PL207", StringComparison.Ordinal));
        var wrong = TestSupport.Compile(TestSupport.MinimalKader + """
            tabel U "u" {
              kolommen: "jul-10", "aug-15", "verschil in procenten"
              formule: verandering([1], [2])
              rij "Nederland": 439.059, 908.932, 107%
            }
            """);
        Assert.Contains("PL2074", TestSupport.Codes(wrong));
    }
}
