using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Runtime;

/// <summary>The worked examples of docs/monitoring.md §7, through a compiled monitor, so the emitter and the rules are both exercised.</summary>
public class WorkedExampleTests
{
    private const string Kader = "kader K \"k\" { gemeente: \"g\" periode: 2017 t/m 2020 }\n";

    private static GoalOutcome Judge(string indicator, string doel, int peiljaar, params (string Period, decimal Value)[] measured)
    {
        var (monitor, _, _) = BuildMonitor(Kader, indicator, doel);
        var data = Data(measured.Select(m => ("I", m.Period, m.Value)).ToArray());
        return monitor.Evaluate("D", data, peiljaar)!;
    }

    private const string Lower = "indicator I \"i\" { eenheid: aantal polariteit: lager is beter }\n";
    private const string Higher = "indicator I \"i\" { eenheid: aantal polariteit: hoger is beter }\n";
    private const string Mark = "indicator I \"i\" { eenheid: rapportcijfer polariteit: hoger is beter }\n";
    private const string Bijstand = "doel D \"d\" { indicator: I nulmeting: 410 in 2015 tussendoel: maximaal 390 in 2018 streefwaarde: maximaal 370 in 2020 }\n";

    [Fact]
    public void A_OnThePath()
    {
        var o = Judge(Lower, Bijstand, 2017, ("2017", 395));
        Assert.Equal(GoalStatus.OnTrack, o.Status);
        Assert.Equal(396.67m, Math.Round(o.Expected!.Value, 2));
    }

    [Fact]
    public void B_BehindWithinTolerance() =>
        Assert.Equal(GoalStatus.AtRisk, Judge(Lower, Bijstand, 2018, ("2015", 410), ("2018", 400)).Status);

    [Fact]
    public void C_MovingAway() =>
        Assert.Equal(GoalStatus.OffTrack, Judge(Lower, Bijstand, 2018, ("2016", 400), ("2018", 405)).Status);

    [Fact]
    public void D_BehindButTheTrendGetsThere()
    {
        const string doel = "doel D \"d\" { indicator: I nulmeting: 40 in 2016 streefwaarde: 100 in 2020 }\n";
        var o = Judge(Higher, doel, 2019, ("2017", 35), ("2018", 55), ("2019", 80));
        Assert.Equal(GoalStatus.AtRisk, o.Status);
        Assert.Equal(101.67m, Math.Round(o.Projection!.Value, 2));
        var worse = Judge(Higher, doel, 2019, ("2017", 35), ("2018", 55), ("2019", 70));
        Assert.Equal(GoalStatus.OffTrack, worse.Status);
        Assert.Equal(88.33m, Math.Round(worse.Projection!.Value, 2));
    }

    [Fact]
    public void E_Achieved() =>
        Assert.Equal(GoalStatus.Achieved, Judge(Lower, "doel D \"d\" { indicator: I streefwaarde: maximaal 50 in 2016 }\n", 2016, ("2016", 48)).Status);

    [Theory]
    [InlineData("2019", 7.2, GoalStatus.OnTrack)]
    [InlineData("2019", 6.9, GoalStatus.AtRisk)]
    [InlineData("2019", 6.5, GoalStatus.OffTrack)]
    [InlineData("2020", 7.1, GoalStatus.Achieved)]
    public void F_DirectionOnlyWithNulmeting(string period, double value, GoalStatus expected) =>
        Assert.Equal(expected, Judge(Mark, "doel D \"d\" { indicator: I nulmeting: 7,1 in 2015 richting: behoud }\n", 2020, (period, (decimal)value)).Status);

    [Fact]
    public void G_DirectionOnlyStartsAtThePeriod()
    {
        var o = Judge(Lower, "doel D \"d\" { indicator: I richting: afname }\n", 2019, ("2010", 1286), ("2015", 2297), ("2017", 1930), ("2019", 1580));
        Assert.Equal(GoalStatus.OnTrack, o.Status);
        Assert.Equal(1930m, o.StartValue);
    }

    [Fact]
    public void H_NoDataAndNotMeasurable()
    {
        Assert.Equal(GoalStatus.NoData, Judge(Lower, Bijstand, 2020).Status);
        Assert.Equal(GoalStatus.NoData, Judge(Lower, Bijstand, 2014, ("2016", 400)).Status);
        Assert.Equal(GoalStatus.NotMeasurable, Judge(Lower, "doel D \"d\" { meetbaar: nee reden: \"te breed\" }\n", 2020).Status);
        Assert.Equal(GoalStatus.NotMeasurable, Judge(Lower, "doel D \"d\" { indicator: I }\n", 2020, ("2019", 3)).Status);
    }

    [Fact]
    public void RollUpCountsEachDoelOnce()
    {
        var (monitor, _, _) = BuildMonitor(Kader, Lower,
            "ambitie A \"a\" { meetbaar: nee }\n" +
            "doel P \"p\" { draagt bij aan: A meetbaar: nee }\n" +
            "doel Q \"q\" { draagt bij aan: A }\n" +
            "doel D \"d\" { draagt bij aan: P, Q indicator: I streefwaarde: maximaal 5 in 2020 }\n" +
            "doel E \"e\" { draagt bij aan: P indicator: I streefwaarde: maximaal 1 in 2020 }\n");
        var result = monitor.Run(Data(("I", "2020", 3)));
        var a = result.RollUp("A");
        Assert.Equal(4, a.Total);                       // P, Q, D, E: D counted once although it hangs under P and Q
        Assert.Equal(1, a[GoalStatus.Achieved]);        // D
        Assert.Equal(1, a[GoalStatus.OffTrack]);        // E: 3 > 1 in 2020, no trend
        Assert.Equal(2, a[GoalStatus.NotMeasurable]);   // P, Q
        Assert.Equal(2, result.RollUp("P").Total);
        Assert.Equal(["A"], result.Roots.Select(r => r.Id));
        Assert.Equal(2020, result.Peiljaar);
    }

    [Theory]
    [InlineData("2018", 2018, 1, 1)]
    [InlineData("2018-H2", 2018, 2, 2)]
    [InlineData("2018-Q3", 2018, 3, 4)]
    [InlineData("2018-03", 2018, 3, 12)]
    [InlineData("2018-q4", 2018, 4, 4)]
    public void PeriodsParse(string text, int year, int index, int perYear)
    {
        Assert.True(Period.TryParse(text, out var p));
        Assert.Equal(new Period(year, index, perYear), p);
    }

    [Theory]
    [InlineData("18")]
    [InlineData("2018-Q5")]
    [InlineData("2018-13")]
    [InlineData("2018/2019")]
    [InlineData("1800")]
    [InlineData("")]
    public void BadPeriodsAreRefused(string text) => Assert.False(Period.TryParse(text, out _));

    [Fact]
    public void QuarterSitsOnTheYearAxisAtItsStart() => Assert.Equal(2018.5m, new Period(2018, 3, 4).Time);
}
