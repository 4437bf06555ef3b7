using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Properties;

/// <summary>
/// Over random kaders (targets, tussendoelen, passed target years, directions, polarities,
/// tolerances, parent doelen without an indicator) and random measurement series that mix years,
/// half years and quarters, a compiled monitor and the independent evaluator agree on every doel's
/// status at every peiljaar. Each case compiles one kader through Roslyn, so the case count is
/// modest and every case judges many doelen at several peiljaren.
/// </summary>
public class MonitorProperties
{
    /// <summary>WithNorm: the doel also has a nested norm on the next doel's indicator, with that doel's measuring fields (issue 13 item 3).</summary>
    private sealed record DoelSpec(string Polarity, string? Nulmeting, string[] Tussendoelen, string? Streefwaarde, string? Richting, string? Tolerantie, bool Unmeasurable, int Parent)
    {
        public bool WithNorm { get; init; }
    }
    private sealed record Case(string? KaderTolerantie, DoelSpec[] Doelen, Point[][] Series);

    private const int Parents = 2;

    private static readonly string[] Comparators = ["", "maximaal ", "minimaal ", "<= ", ">= ", "< ", "> ", "= "];

    private static Gen<decimal> Value => Gen.OneOf(
        Gen.Choose(0, 60).Select(i => (decimal)i),
        Gen.Choose(0, 600).Select(i => i / 10m));

    private static string Dutch(decimal v) => v.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Streef(string comparator, decimal value, int width) => width switch
    {
        > 5 => $"{Dutch(value)} t/m {Dutch(value + width - 5)}",
        > 0 => $"tussen {Dutch(value)} en {Dutch(value + width)}",
        _ => $"{comparator}{Dutch(value)}",
    };

    private static Gen<DoelSpec> Doel =>
        from polarity in Gen.Elements("hoger is beter", "lager is beter", "neutraal")
        from hasNul in Gen.Elements(true, false)
        from nulValue in Value
        from nulYear in Gen.Choose(2012, 2018)
        // issue 13 item 2: a nulmeting at a part of a year, or without a year
        from nulPart in Gen.Elements("", "", "", "-H2", "-Q3", " ")
        from milestones in Gen.ListOf(from c in Gen.Elements(Comparators) from v in Value from w in Gen.Choose(-4, 8) from y in Gen.Choose(2014, 2022)
                                     select w > 0 ? $"tussen {Dutch(v)} en {Dutch(v + w)} in {y}" : $"{c}{Dutch(v)} in {y}").Select(l => l.Take(3).ToArray())
        from kind in Gen.Elements("streef", "streef", "richting", "richting", "tussen", "geen")
        from streefComparator in Gen.Elements(Comparators)
        from streefValue in Value
        // issue 13 item 6: a bandwidth now and then, both spellings
        from streefWidth in Gen.Choose(-12, 10)
        from streefYear in Gen.Elements<int?>(null, 2016, 2018, 2019, 2020, 2021, 2022)
        from richting in Gen.Elements("toename", "afname", "behoud", "afname in 2018", "toename in 2022", "behoud in 2019")
        from tolerantie in Gen.Elements<string?>(null, null, "0%", "2,5%", "10%", "25%")
        from unmeasurable in Gen.Frequency((1, Gen.Constant(true)), (12, Gen.Constant(false)))
        from parent in Gen.Choose(-1, Parents - 1)
        from withNorm in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        select new DoelSpec(polarity,
            hasNul ? (nulPart == " " ? Dutch(nulValue) : $"{Dutch(nulValue)} in {nulYear}{nulPart}") : null,
            kind == "richting" ? [] : milestones,
            kind == "streef" ? $"{Streef(streefComparator, streefValue, streefWidth)}{(streefYear is { } y ? $" in {y}" : "")}" : null,
            kind == "richting" ? richting : null,
            tolerantie, unmeasurable, parent) { WithNorm = withNorm };

    /// <summary>Per year: nothing, the yearly figure, half years, quarters, or a yearly figure next to its half years.</summary>
    private static Gen<Point[]> Series =>
        from shapes in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant("")), (6, Gen.Constant("Y")), (1, Gen.Constant("H")), (1, Gen.Constant("Q")), (1, Gen.Constant("YH"))), 11)
        from values in Gen.ArrayOf(Value, 11 * 6)
        select shapes.SelectMany((shape, i) => PointsOf(2012 + i, shape)).Select((q, i) => q with { Value = values[i] }).ToArray();

    private static IEnumerable<Point> PointsOf(int year, string shape) => shape switch
    {
        "Y" => [new Point(year, 1, 1, 0)],
        "H" => [new Point(year, 1, 2, 0), new Point(year, 2, 2, 0)],
        "Q" => [new Point(year, 1, 4, 0), new Point(year, 3, 4, 0)],
        "YH" => [new Point(year, 1, 1, 0), new Point(year, 1, 2, 0)],
        _ => [],
    };

    private static Gen<Case> Cases =>
        from tol in Gen.Elements<string?>(null, "5%", "1%", "20%")
        from doelen in Gen.ArrayOf(Doel, 8)
        from series in Gen.ArrayOf(Series, 8)
        select new Case(tol, doelen, series);

    private static string Kader(Case c)
    {
        var text = new StringBuilder();
        text.Append($"kader K \"k\" {{ gemeente: \"g\" periode: 2017 t/m 2020{(c.KaderTolerantie is { } t ? $" tolerantie: {t}" : "")} }}\n");
        for (var j = 0; j < Parents; j++) text.Append($"doel P{j} \"p\" {{ }}\n");
        for (var i = 0; i < c.Doelen.Length; i++)
        {
            var d = c.Doelen[i];
            text.Append($"indicator I{i} \"i\" {{ eenheid: index polariteit: {d.Polarity} }}\n");
            text.Append($"doel D{i} \"d\" {{ indicator: I{i}");
            if (d.Parent >= 0) text.Append($" draagt bij aan: P{d.Parent}");
            if (d.Unmeasurable) text.Append(" meetbaar: nee");
            if (d.Nulmeting is { } n) text.Append($" nulmeting: {n}");
            foreach (var m in d.Tussendoelen) text.Append($" tussendoel: {m}");
            if (d.Streefwaarde is { } s) text.Append($" streefwaarde: {s}");
            if (d.Richting is { } r) text.Append($" richting: {r}");
            if (d.Tolerantie is { } dt) text.Append($" tolerantie: {dt}");
            if (d.WithNorm)
            {
                // The next doel's indicator and measuring fields, as a norm of this one.
                var k = (i + 1) % c.Doelen.Length;
                var other = c.Doelen[k];
                text.Append($" norm \"n\" {{ indicator: I{k}");
                if (other.Nulmeting is { } nn) text.Append($" nulmeting: {nn}");
                foreach (var m in other.Tussendoelen) text.Append($" tussendoel: {m}");
                if (other.Streefwaarde is { } ns) text.Append($" streefwaarde: {ns}");
                if (other.Richting is { } nr) text.Append($" richting: {nr}");
                if (other.Tolerantie is { } nt) text.Append($" tolerantie: {nt}");
                text.Append(" }");
            }
            text.Append(" }\n");
        }
        return text.ToString();
    }

    [Fact]
    public void CompiledMonitorsAgreeWithTheIndependentEvaluator()
    {
        var checkedDoelen = 0;
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (monitor, _, source) = BuildMonitor(Kader(c));
            var data = new MeasurementData(c.Series.Select((s, i) => new MeasurementSeries($"I{i}", s.Select(m => new Measurement(new Period(m.Year, m.Part, m.PartsPerYear), m.Value)))));
            foreach (var peiljaar in new[] { 2013, 2016, 2017, 2019, 2020, 2022 })
            {
                var result = monitor.Run(data, peiljaar);
                var expectedOf = new Dictionary<int, GoalStatus>();
                for (var i = 0; i < c.Doelen.Length; i++)
                {
                    var doel = source.Model.Lookup($"D{i}")!;
                    var expected = expectedOf[i] = IndependentEvaluator.StatusWithNorms(source.Model, doel, id => c.Series[int.Parse(id[1..], CultureInfo.InvariantCulture)], peiljaar);
                    var actual = result.OutcomeOf($"D{i}")!.Status;
                    if (expected != actual)
                        throw new Xunit.Sdk.XunitException($"D{i} at {peiljaar}: monitor says {actual}, evaluator {expected}\nkader:\n{Kader(c)}\nseries: {string.Join(", ", c.Series[i].Select(m => $"{m.Year}.{m.Part}/{m.PartsPerYear}={m.Value}"))}");
                    checkedDoelen++;
                }
                for (var j = 0; j < Parents; j++)
                {
                    var children = Enumerable.Range(0, c.Doelen.Length).Where(i => c.Doelen[i].Parent == j).ToList();
                    var actual = result.OutcomeOf($"P{j}")!.Status;
                    // A parent nothing contributes to is a plain doel without indicator.
                    var expected = children.Count == 0 ? GoalStatus.NotMeasurable : IndependentEvaluator.ParentStatus(children.Select(i => expectedOf[i]));
                    if (expected != actual)
                        throw new Xunit.Sdk.XunitException($"P{j} at {peiljaar}: monitor says {actual}, evaluator {expected}\nkader:\n{Kader(c)}");
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
        Assert.True(checkedDoelen >= 40 * 8 * 6);
    }

    /// <summary>
    /// "Which way is better" is one definition (Betterness): the checker's side for every doel
    /// (GoalFacts, which PL3008 judges with) is the side the compiled monitor judges with.
    /// </summary>
    [Fact]
    public void TheCheckerAndTheMonitorAgreeWhichWayIsBetter()
    {
        var checkedDoelen = 0;
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (monitor, _, source) = BuildMonitor(Kader(c));
            var data = new MeasurementData([]);
            for (var i = 0; i < c.Doelen.Length; i++)
            {
                if (monitor.Evaluate($"D{i}", data, 2020) is not { Norm: not null } outcome) continue; // meetbaar: nee
                // A doel with norms: each part (its own indicator, then every norm) against the checker's facts of that part.
                var doel = source.Model.Lookup($"D{i}")!;
                var symbols = outcome.Parts.Count == 0 ? [doel]
                    : (doel.Field("indicator") is null ? [] : new[] { doel }).Concat(doel.Children.Where(k => k.Kind == ElementKind.Norm)).ToList();
                var norms = outcome.Parts.Count == 0 ? [outcome.Norm!] : outcome.Parts.Select(p => p.Norm!).ToList();
                Assert.Equal(symbols.Count, norms.Count);
                for (var part = 0; part < norms.Count; part++)
                {
                    var checker = GoalFacts.Of(source.Model, symbols[part]).BetterSide.Sign;
                    if (checker != norms[part].BetterSign())
                        throw new Xunit.Sdk.XunitException($"D{i} part {part}: checker says {checker}, monitor {norms[part].BetterSign()}\nkader:\n{Kader(c)}");
                }
                checkedDoelen++;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20));
        Assert.True(checkedDoelen >= 20);
    }
}
