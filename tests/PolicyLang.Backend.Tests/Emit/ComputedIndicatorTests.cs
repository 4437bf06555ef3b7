using System.Reflection;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Emit;

/// <summary>
/// Computed indicators (issue 14): an indicator's <c>formule</c> is emitted as C# decimal
/// arithmetic and the monitor computes its series from the raw series, per period; a missing
/// operand or a division by zero is a missing value with its reason, never an exception.
/// </summary>
public class ComputedIndicatorTests
{
    private const string Kader = """
        kader K "k" { gemeente: "g" periode: 2017 t/m 2020 }
        indicator Bijstandsuitkeringen "Bijstandsuitkeringen" { eenheid: aantal uitkeringen polariteit: lager is beter }
        indicator Inwoners18Plus "Inwoners van 18 jaar en ouder" { eenheid: aantal inwoners polariteit: neutraal }
        indicator BijstandPer10000 "Bijstandsuitkeringen per 10.000 inwoners van 18+" {
          eenheid: per 10.000 inwoners
          polariteit: lager is beter
          formule: Bijstandsuitkeringen / Inwoners18Plus * 10.000
        }
        doel Minder "Minder bijstand" { indicator: BijstandPer10000 nulmeting: 300 in 2017 streefwaarde: maximaal 250 in 2020 }

        """;

    private static MeasurementData Raw(IEnumerable<MeasurementSeries> series) => new(series);

    private static Period Year(int year) => Period.OfYear(year);

    [Fact]
    public void TheMonitorComputesTheSeriesPerPeriod()
    {
        var (monitor, _, _) = BuildMonitor(Kader);
        var data = Data(("Bijstandsuitkeringen", "2017", 600m), ("Inwoners18Plus", "2017", 20_000m),
                        ("Bijstandsuitkeringen", "2018", 520m), ("Inwoners18Plus", "2018", 20_800m));
        var series = monitor.WithComputed(data).Series("BijstandPer10000");
        Assert.Equal([300m, 250m], series.All.ToArray().Select(m => m.Value));
        Assert.NotNull(monitor.Run(data, 2018).Outcomes["Minder"]);
    }

    [Fact]
    public void AMissingOperandOrADivisionByZeroIsAMissingValueWithItsReason()
    {
        var (monitor, _, _) = BuildMonitor(Kader);
        var data = Raw([
            new MeasurementSeries("Bijstandsuitkeringen", [new Measurement(Year(2017), 600m), new Measurement(Year(2018), 500m)],
                [new MissingMeasurement(Year(2019), MissingReason.Suppressed)]),
            new MeasurementSeries("Inwoners18Plus", [new Measurement(Year(2017), 0m), new Measurement(Year(2019), 20_000m)]),
        ]);
        var series = monitor.WithComputed(data).Series("BijstandPer10000");
        Assert.Equal(0, series.Count);
        Assert.Equal([(Year(2017), MissingReason.NotComputable), (Year(2018), MissingReason.Empty), (Year(2019), MissingReason.Suppressed)],
            series.Missing.ToArray().Select(m => (m.Period, m.Reason)));
        _ = monitor.Run(data, 2019); // judging a doel on a series of missing values does not throw
    }

    [Fact]
    public void TheReturnStatementIsMappedToTheFormula()
    {
        var (_, compiled, _) = BuildMonitor(Kader);
        var code = compiled.Source.Code;
        var at = code.IndexOf("return FormulaResult.Multiply(FormulaResult.Divide(s.Get(\"Bijstandsuitkeringen\"), s.Get(\"Inwoners18Plus\")), FormulaResult.Of(10000m));", StringComparison.Ordinal);
        Assert.True(at > 0, code);
        var directive = code[..at].TrimEnd()[(code[..at].TrimEnd().LastIndexOf('\n') + 1)..];
        Assert.StartsWith("#line (7,12)-(7,58)", directive); // the formula, line 7 columns 12-58 of the .beleid file
    }

    [Fact]
    public void IdsThatAreCSharpKeywordsStayStringsAndNames()
    {
        var kader = "kader K \"k\" { gemeente: \"g\" periode: 2017 t/m 2020 }\n" +
                    "indicator @class \"a\" { eenheid: aantal }\n".Replace("@", "") +
                    "indicator namespace \"b\" { eenheid: aantal }\n" +
                    "indicator Cliënt \"\\\"); System.Environment.Exit(1); //\" { eenheid: aantal formule: class / namespace }\n";
        var (monitor, compiled, _) = BuildMonitor(kader);
        // The method-group delegate cache the C# compiler adds (<>O) is no member of ours.
        var type = Assert.Single(Assembly.Load(compiled.Assembly).GetTypes(), t => !t.Name.Contains('<'));
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => m.Name);
        Assert.Equal(["Formule_Cliënt"], methods);
        var data = Data(("class", "2018", 10m), ("namespace", "2018", 4m));
        Assert.Equal(2.5m, monitor.WithComputed(data).Series("Cliënt")[0].Value);
    }

    /// <summary>
    /// Random formulas over three raw indicators: the compiled monitor gives, per period, what an
    /// independent evaluator of the formula text gives (same decimal arithmetic, same missing rules).
    /// </summary>
    [Fact]
    public void EmittedFormulasEvaluateAsTheIndependentEvaluator()
    {
        var random = new Random(14);
        // A formula without an operand has no periods (its series follows its operands'): not generated.
        var formulas = Enumerable.Range(0, 40).Select(_ => RandomFormula(random, 3)).Where(f => f.Text.IndexOfAny(['A', 'B', 'C']) >= 0).Take(12).ToList();
        var text = "kader K \"k\" { gemeente: \"g\" periode: 2017 t/m 2020 }\n" +
                   "indicator A \"a\" { eenheid: aantal }\nindicator B \"b\" { eenheid: aantal }\nindicator C \"c\" { eenheid: aantal }\n" +
                   string.Concat(formulas.Select((f, i) => $"indicator F{i} \"f\" {{ eenheid: aantal formule: {f.Text} }}\n"));
        var (monitor, _, _) = BuildMonitor(text);
        var values = new Dictionary<string, decimal?>[]
        {
            new() { ["A"] = 3m, ["B"] = 0m, ["C"] = 1.5m },
            new() { ["A"] = -2m, ["B"] = 7m, ["C"] = null },
            new() { ["A"] = 1_000m, ["B"] = 0.25m, ["C"] = -4m },
        };
        var data = Raw(new[] { "A", "B", "C" }.Select(id => new MeasurementSeries(id,
            values.Select((v, i) => (v, i)).Where(p => p.v[id] is not null).Select(p => new Measurement(Year(2017 + p.i), p.v[id]!.Value)))));
        var computed = monitor.WithComputed(data);
        for (var f = 0; f < formulas.Count; f++)
        {
            var series = computed.Series("F" + f);
            for (var i = 0; i < values.Length; i++)
            {
                var expected = formulas[f].Evaluate(values[i]);
                var measured = series.All.ToArray().Where(m => m.Period == Year(2017 + i)).Select(m => (decimal?)m.Value).SingleOrDefault();
                Assert.True(expected == measured, $"{formulas[f].Text} in {2017 + i}: expected {expected}, monitor {measured}");
            }
        }
    }

    private sealed record RandomFormulaCase(string Text, Func<Dictionary<string, decimal?>, decimal?> Evaluate);

    private static RandomFormulaCase RandomFormula(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0)
        {
            if (random.Next(2) == 0)
            {
                var id = ((string[])["A", "B", "C"])[random.Next(3)];
                return new(id, v => v[id]);
            }
            var n = random.Next(1, 20);
            return new(n.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => n);
        }
        var (l, r) = (RandomFormula(random, depth - 1), RandomFormula(random, depth - 1));
        return random.Next(4) switch
        {
            0 => new($"({l.Text} + {r.Text})", v => l.Evaluate(v) is { } a && r.Evaluate(v) is { } b ? a + b : null),
            1 => new($"({l.Text} - {r.Text})", v => l.Evaluate(v) is { } a && r.Evaluate(v) is { } b ? a - b : null),
            2 => new($"({l.Text} * {r.Text})", v => l.Evaluate(v) is { } a && r.Evaluate(v) is { } b ? a * b : null),
            _ => new($"({l.Text} / {r.Text})", v => l.Evaluate(v) is { } a && r.Evaluate(v) is { } b && b != 0 ? a / b : null),
        };
    }
}
