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
/// Over random kaders (targets, tussendoelen, directions, polarities, tolerances) and random
/// measurement series, a compiled monitor and the independent evaluator agree on every doel's
/// status at every peiljaar. Each case compiles one kader through Roslyn, so the case count is
/// modest and every case judges many doelen at several peiljaren.
/// </summary>
public class MonitorProperties
{
    private sealed record DoelSpec(string Polarity, string? Nulmeting, string[] Tussendoelen, string? Streefwaarde, string? Richting, string? Tolerantie, bool Unmeasurable);
    private sealed record Case(string? KaderTolerantie, DoelSpec[] Doelen, (int Year, decimal Value)[][] Series);

    private static readonly string[] Comparators = ["", "maximaal ", "minimaal ", "<= ", ">= ", "< ", "> ", "= "];

    private static Gen<decimal> Value => Gen.OneOf(
        Gen.Choose(0, 60).Select(i => (decimal)i),
        Gen.Choose(0, 600).Select(i => i / 10m));

    private static string Dutch(decimal v) => v.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    private static Gen<DoelSpec> Doel =>
        from polarity in Gen.Elements("hoger is beter", "lager is beter", "neutraal")
        from hasNul in Gen.Elements(true, false)
        from nulValue in Value
        from nulYear in Gen.Choose(2012, 2018)
        from milestones in Gen.ListOf(from c in Gen.Elements(Comparators) from v in Value from y in Gen.Choose(2014, 2022) select $"{c}{Dutch(v)} in {y}").Select(l => l.Take(3).ToArray())
        from kind in Gen.Elements("streef", "streef", "richting", "richting", "tussen", "geen")
        from streefComparator in Gen.Elements(Comparators)
        from streefValue in Value
        from streefYear in Gen.Elements<int?>(null, 2016, 2018, 2019, 2020, 2021, 2022)
        from richting in Gen.Elements("toename", "afname", "behoud")
        from tolerantie in Gen.Elements<string?>(null, null, "0%", "2,5%", "10%", "25%")
        from unmeasurable in Gen.Frequency((1, Gen.Constant(true)), (12, Gen.Constant(false)))
        select new DoelSpec(polarity,
            hasNul ? $"{Dutch(nulValue)} in {nulYear}" : null,
            kind == "richting" ? [] : milestones,
            kind == "streef" ? $"{streefComparator}{Dutch(streefValue)}{(streefYear is { } y ? $" in {y}" : "")}" : null,
            kind == "richting" ? richting : null,
            tolerantie, unmeasurable);

    private static Gen<(int, decimal)[]> Series =>
        from years in Gen.SubListOf(Enumerable.Range(2012, 11).ToArray())
        from values in Gen.ArrayOf(Value, 11)
        select years.Select((y, i) => (y, values[i])).ToArray();

    private static Gen<Case> Cases =>
        from tol in Gen.Elements<string?>(null, "5%", "1%", "20%")
        from doelen in Gen.ArrayOf(Doel, 8)
        from series in Gen.ArrayOf(Series, 8)
        select new Case(tol, doelen, series);

    private static string Kader(Case c)
    {
        var text = new StringBuilder();
        text.Append($"kader K \"k\" {{ gemeente: \"g\" periode: 2017 t/m 2020{(c.KaderTolerantie is { } t ? $" tolerantie: {t}" : "")} }}\n");
        for (var i = 0; i < c.Doelen.Length; i++)
        {
            var d = c.Doelen[i];
            text.Append($"indicator I{i} \"i\" {{ eenheid: index polariteit: {d.Polarity} }}\n");
            text.Append($"doel D{i} \"d\" {{ indicator: I{i}");
            if (d.Unmeasurable) text.Append(" meetbaar: nee");
            if (d.Nulmeting is { } n) text.Append($" nulmeting: {n}");
            foreach (var m in d.Tussendoelen) text.Append($" tussendoel: {m}");
            if (d.Streefwaarde is { } s) text.Append($" streefwaarde: {s}");
            if (d.Richting is { } r) text.Append($" richting: {r}");
            if (d.Tolerantie is { } dt) text.Append($" tolerantie: {dt}");
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
            var data = new MeasurementData(c.Series.Select((s, i) => new MeasurementSeries($"I{i}", s.Select(m => new Measurement(Period.OfYear(m.Year), m.Value)))));
            foreach (var peiljaar in new[] { 2013, 2016, 2017, 2019, 2020, 2022 })
                for (var i = 0; i < c.Doelen.Length; i++)
                {
                    var doel = source.Model.Lookup($"D{i}")!;
                    var expected = IndependentEvaluator.Status(source.Model, doel, c.Series[i], peiljaar);
                    var actual = monitor.Evaluate($"D{i}", data, peiljaar)!.Status;
                    if (expected != actual)
                        throw new Xunit.Sdk.XunitException($"D{i} at {peiljaar}: monitor says {actual}, evaluator {expected}\nkader:\n{Kader(c)}\nseries: {string.Join(", ", c.Series[i].Select(m => $"{m.Year}={m.Value}"))}");
                    checkedDoelen++;
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
                if (monitor.Evaluate($"D{i}", data, 2020)?.Norm is not { } norm) continue; // meetbaar: nee
                var checker = GoalFacts.Of(source.Model, source.Model.Lookup($"D{i}")!).BetterSide.Sign;
                if (checker != norm.BetterSign())
                    throw new Xunit.Sdk.XunitException($"D{i}: checker says {checker}, monitor {norm.BetterSign()}\nkader:\n{Kader(c)}");
                checkedDoelen++;
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20));
        Assert.True(checkedDoelen >= 20);
    }
}
