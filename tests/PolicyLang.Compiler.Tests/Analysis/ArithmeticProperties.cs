using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Analysis;

/// <summary>
/// The PL4xxx rules on random budgets and tables: a correctly written (and correctly rounded)
/// table or budget gives no finding, and one exact figure changed gives exactly one finding, at
/// that figure's parent, naming the change. Each case is built from a random seed.
/// </summary>
public class ArithmeticProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(150);

    private static List<Diagnostic> Pl4(string source) =>
        [.. Compile(MinimalKader + source).Diagnostics.Where(d => d.Code.StartsWith("PL4", StringComparison.Ordinal))];

    private static string Num(decimal value) => DutchNumber.Format(value);

    /// <summary>
    /// A table of 2-5 part rows over 1-5 columns with a total, its change per column, its running
    /// change, and each part's share: all written rounded from the true values the way a careful
    /// author would. Decimals 0 mean exact counts.
    /// </summary>
    private static string RoundedTable(int seed, (int Column, int Delta)? changePartOne = null)
    {
        var random = new Random(seed);
        var decimals = changePartOne is null ? random.Next(0, 3) : 0;
        var (parts, columns) = (random.Next(2, 6), random.Next(1, 6));
        var truth = new decimal[parts, columns];
        for (var p = 0; p < parts; p++)
            for (var c = 0; c < columns; c++)
                truth[p, c] = decimals == 0 ? random.Next(1, 100_000) : random.Next(1, 100_000_000) / 1000m;
        decimal Written(decimal value) => decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        decimal TotalAt(int c) { var t = 0m; for (var p = 0; p < parts; p++) t += truth[p, c]; return t; }

        var text = new StringBuilder("tabel T \"T\" {\n  kolommen: ");
        text.AppendLine(string.Join(", ", Enumerable.Range(2010, columns)));
        for (var p = 0; p < parts; p++)
            text.AppendLine($"  rij P{p} \"deel {p}\": " + string.Join(", ", Enumerable.Range(0, columns).Select(c =>
                Num(Written(truth[p, c]) + (p == 1 && changePartOne is { } change && change.Column % columns == c ? change.Delta : 0)))));
        text.AppendLine($"  rij Totaal \"totaal\": {string.Join(", ", Enumerable.Range(0, columns).Select(c => Num(Written(TotalAt(c)))))} {{ som van: {string.Join(", ", Enumerable.Range(0, parts).Select(p => "P" + p))} }}");
        var changes = Enumerable.Range(0, columns).Select(c => c == 0 ? "-" : Num(Written(TotalAt(c) - TotalAt(c - 1)))).ToList();
        text.AppendLine($"  rij Verandering \"verandering\": {string.Join(", ", changes)} {{ verschil van: Totaal }}");
        var running = 0m;
        var cumulative = Enumerable.Range(0, columns).Select(c => { if (c > 0) running += TotalAt(c) - TotalAt(c - 1); return c == 0 ? "-" : Num(Written(running)); });
        text.AppendLine($"  rij \"cumulatief\": {string.Join(", ", cumulative)} {{ cumulatief van: Verandering }}");
        text.AppendLine($"  rij \"aandeel\": {string.Join(", ", Enumerable.Range(0, columns).Select(c => Num(decimal.Round(truth[0, c] / TotalAt(c) * 100, 1, MidpointRounding.AwayFromZero)) + "%"))} {{ aandeel van: P0, Totaal }}");
        text.AppendLine("}");
        return text.ToString();
    }

    [Fact]
    public void CorrectlyRoundedTablesGiveNoFinding() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var source = RoundedTable(seed);
            var findings = Pl4(source);
            Assert.True(findings.Count == 0, $"{source}\n{string.Join("\n", findings)}");
        }).Check(Runs);

    [Fact]
    public void OneChangedCountGivesExactlyOneSumFindingInItsColumn() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<int>(), (seed, column) =>
        {
            var delta = 1 + Math.Abs(seed % 50);
            var source = RoundedTable(seed, (Math.Abs(column % 5), delta));
            var finding = Assert.Single(Pl4(source));
            Assert.Equal("PL4005", finding.Code);
            Assert.StartsWith($"Kolom {2010 + Math.Abs(column % 5) % CountColumns(source)}:", finding.MessageNl);
            Assert.Contains($"{Num(delta)} minder dan de som", finding.MessageNl);
        }).Check(Runs);

    private static int CountColumns(string table) => table.Split('\n')[1].Split(',').Length;

    /// <summary>A begroting of nested posts with whole-euro amounts that add up, as source lines.</summary>
    private static (List<string> Lines, int Years) ExactBudget(Random random)
    {
        var years = random.Next(1, 4);
        var lines = new List<string> { "begroting B \"B\" {", $"  jaren: 2017 t/m {2016 + years}" };
        var body = new List<string>();
        var totals = new long[years];
        for (var top = random.Next(1, 4); top > 0; top--)
        {
            var amounts = Post(random, years, depth: 0, "    ", body);
            for (var y = 0; y < years; y++) totals[y] += amounts[y];
        }
        lines.Add("  totaal: " + Amounts(totals));
        lines.AddRange(body.Select(l => l[2..]));
        lines.Add("}");
        return (lines, years);
    }

    private static long[] Post(Random random, int years, int depth, string indent, List<string> output)
    {
        var children = depth < 3 ? random.Next(0, 4) : 0;
        if (children == 0)
        {
            var leaf = Enumerable.Range(0, years).Select(_ => (long)random.Next(0, 2_000_000)).ToArray();
            output.Add($"{indent}post \"leaf\": {Amounts(leaf)}");
            return leaf;
        }
        var at = output.Count;
        output.Add("");
        var sum = new long[years];
        for (var i = 0; i < children; i++)
        {
            var amounts = Post(random, years, depth + 1, indent + "  ", output);
            for (var y = 0; y < years; y++) sum[y] += amounts[y];
        }
        output[at] = $"{indent}post \"groep\": {Amounts(sum)} {{";
        output.Add(indent + "}");
        return sum;
    }

    private static string Amounts(IEnumerable<long> amounts) => string.Join(", ", amounts.Select(a => "€ " + Num(a)));

    [Fact]
    public void BudgetsThatAddUpGiveNoFindingAndOneChangedLeafGivesOneAtItsParent() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var random = new Random(seed);
            var (lines, years) = ExactBudget(random);
            var source = string.Join("\n", lines);
            Assert.True(Pl4(source).Count == 0, source + "\n" + string.Join("\n", Pl4(source)));

            // Change one amount of one leaf post by a non-zero number of euros.
            var leaves = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains("\"leaf\"", StringComparison.Ordinal)).ToList();
            var leafLine = leaves[random.Next(leaves.Count)];
            var year = random.Next(years);
            var delta = random.Next(1, 1000);
            var amounts = lines[leafLine][(lines[leafLine].IndexOf(':') + 1)..].Split(',').Select(a => long.Parse(a.Trim()[2..].Replace(".", ""))).ToArray();
            amounts[year] += delta;
            var changed = new List<string>(lines) { [leafLine] = lines[leafLine][..(lines[leafLine].IndexOf(':') + 2)] + Amounts(amounts) };

            var finding = Assert.Single(Pl4(string.Join("\n", changed)));
            var isTopLevel = lines[leafLine].StartsWith("  post", StringComparison.Ordinal);
            Assert.Equal(isTopLevel ? "PL4002" : "PL4001", finding.Code);
            Assert.StartsWith($"{2017 + year}:", finding.MessageNl);
            Assert.Contains($"€ {Num(delta)} minder dan de som", finding.MessageNl);
        }).Check(Runs);
}
