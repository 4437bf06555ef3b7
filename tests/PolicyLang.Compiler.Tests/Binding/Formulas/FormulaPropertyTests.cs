using Xunit;

namespace PolicyLang.Tests.Binding.Formulas;

/// <summary>Random formulas, well-formed or token soup, never crash the parser or the binder and never lose text.</summary>
public class FormulaPropertyTests
{
    private static readonly string[] Pieces =
    [
        "A", "B", "T", "T.A", "T.\"Nederland\"", "[1]", "[2016]", "A[2017]", "Onbekend", "Inwoners",
        "1", "-5", "10.000", "€ 3", "€ 1,42 mln", "25%", "0,5", "+", "-", "*", "/", "(", ")", ",", "<", ">=", "=",
        "en", "of", "niet", "van", "vanaf", "t/m", "elk(", "som(", "verandering(", "aantal(", "min(", "max(", "gemiddelde(",
        "[", "]", ".", "\"x\"", "scenario", "rij", "{", ":", "*",
    ];

    private const string Prefix = """
        tabel T "Cijfers" {
          kolommen: 2016, 2017
          rij A "a": € 1, € 2
          rij B "Nederland": € 3, € 4
        }
        indicator Inwoners "Inwoners" { eenheid: aantal inwoners }

        """;

    [Fact]
    public void RandomFormulasNeverCrashAndRoundTrip()
    {
        var random = new Random(1402);
        for (var i = 0; i < 400; i++)
        {
            var length = random.Next(1, 14);
            var formula = string.Join(' ', Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));
            foreach (var text in new[]
            {
                TestSupport.MinimalKader + Prefix + $"bewering X \"x\" {{ formule: {formula} }}\n",
                TestSupport.MinimalKader + Prefix + $"feit F \"f\" {{ waarde: € 1 gelijk aan: {formula} }}\n",
                TestSupport.MinimalKader + "tabel U \"u\" {\n  kolommen: 2016, 2017\n  formule: " + formula + "\n  rij R \"r\": 1, 2 { formule: " + formula + " }\n}\n",
            })
            {
                var compilation = TestSupport.Compile(text);
                Assert.Equal(text, compilation.Trees[0].Root.ToFullString());
                _ = compilation.Diagnostics;
            }
        }
    }

    [Fact]
    public void DeepNestingIsOneDiagnosticNotAStackOverflow()
    {
        var text = TestSupport.MinimalKader + Prefix + "bewering X \"x\" { formule: " + new string('(', 5000) + "A" + new string(')', 5000) + " > 0 }\n";
        var compilation = TestSupport.Compile(text);
        Assert.Single(compilation.Diagnostics, d => d.Code == "PL1062");
    }
}
