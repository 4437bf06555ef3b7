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
        Assert.Equal(397m, o.Expected); // 396,67, shown at the precision of the data (whole numbers)
    }

    [Fact]
    public void B_BehindWithinTolerance()
    {
        var o = Judge(Lower, Bijstand, 2018, ("2015", 410), ("2018", 400));
        Assert.Equal(GoalStatus.AtRisk, o.Status);
        Assert.Contains("tussendoel 390 voor 2018", o.Reason.Nl);
    }

    [Fact]
    public void C_MovingAway() =>
        Assert.Equal(GoalStatus.OffTrack, Judge(Lower, Bijstand, 2018, ("2016", 400), ("2018", 405)).Status);

    [Fact]
    public void D_BehindButTheTrendGetsThere()
    {
        const string doel = "doel D \"d\" { indicator: I nulmeting: 40 in 2016 streefwaarde: 100 in 2020 }\n";
        var o = Judge(Higher, doel, 2019, ("2017", 35), ("2018", 55), ("2019", 80));
        Assert.Equal(GoalStatus.AtRisk, o.Status);
        Assert.Equal(103m, o.Projection); // 102,5 at the precision of the data
        Assert.True(o.ProjectionCertain);
        var worse = Judge(Higher, doel, 2019, ("2017", 35), ("2018", 55), ("2019", 70));
        Assert.Equal(GoalStatus.OffTrack, worse.Status);
        Assert.Equal(88m, worse.Projection);
    }

    [Theory]
    [InlineData(2016)]
    [InlineData(2019)]
    public void E_Achieved(int peiljaar)
    {
        var o = Judge(Lower, "doel D \"d\" { indicator: I streefwaarde: maximaal 50 in 2016 }\n", peiljaar, ("2016", 48), ("2018", 60));
        Assert.Equal(GoalStatus.Achieved, o.Status);
        Assert.Equal(2016, o.JudgedYear);
    }

    [Theory]
    [InlineData("nulmeting: 65% in 2017 streefwaarde: minimaal 65% in 2022", "2017", 65)]
    [InlineData("nulmeting: 206 in 2017 streefwaarde: < 200 in 2022", "2017", 206)]
    [InlineData("streefwaarde: maximaal 200 in 2022", "2017", 190)]
    public void I_OnlyTheBaselineIsMeasured(string norm, string period, decimal value)
    {
        var indicator = norm.Contains('%') ? "indicator I \"i\" { eenheid: percentage van \"inwoners\" polariteit: hoger is beter }\n" : Lower;
        var o = Judge(indicator, $"doel D \"d\" {{ indicator: I {norm} }}\n", 2017, (period, value));
        Assert.Equal(GoalStatus.NoData, o.Status);
    }

    [Fact]
    public void J_TheNormInForceDecides()
    {
        const string doel = "doel D \"d\" { indicator: I tussendoel: maximaal 9.900 in 2019 streefwaarde: maximaal 10.000 in 2020 }\n";
        var missed = Judge(Lower, doel, 2019, ("2018", 10100), ("2019", 9958));
        Assert.Equal(GoalStatus.AtRisk, missed.Status);
        Assert.Contains("tussendoel 9.900 voor 2019", missed.Reason.Nl);

        const string twoMilestones = "doel D \"d\" { indicator: I tussendoel: maximaal 9.950 in 2018 tussendoel: maximaal 9.900 in 2019 streefwaarde: maximaal 10.000 in 2020 }\n";
        var earlier = Judge(Lower, twoMilestones, 2019, ("2018", 9990), ("2019", 9850));
        Assert.Equal(GoalStatus.OnTrack, earlier.Status);
        Assert.Contains("tussendoel 9.950 voor 2018 is niet gehaald", earlier.Reason.Nl);
    }

    [Fact]
    public void K_ATargetYearThatHasPassed()
    {
        const string doel = "doel D \"d\" { indicator: I streefwaarde: maximaal 50 in 2018 }\n";
        var missed = Judge(Lower, doel, 2019, ("2018", 55), ("2019", 45));
        Assert.Equal(GoalStatus.NotAchieved, missed.Status);
        Assert.Equal(Colour.Red, missed.Colour);
        Assert.Equal(2018, missed.JudgedYear);
        Assert.Equal(55m, missed.Latest!.Value.Value);
        Assert.Equal(GoalStatus.Achieved, Judge(Lower, doel, 2019, ("2018", 48), ("2019", 60)).Status);
        var none = Judge(Lower, doel, 2019, ("2017", 52), ("2019", 45));
        Assert.Equal(GoalStatus.NoData, none.Status);
        Assert.Contains("geen meting van 2018", none.Reason.Nl);
    }

    [Fact]
    public void L_TheComparatorDecidesNotThePolarity()
    {
        const string indicator = "indicator I \"i\" { eenheid: percentage van \"inwoners\" polariteit: hoger is beter }\n";
        var o = Judge(indicator, "doel D \"d\" { indicator: I nulmeting: 74% in 2017 streefwaarde: maximaal 71% in 2020 }\n", 2020, ("2020", 76));
        Assert.Equal(GoalStatus.NotAchieved, o.Status);
        // On the way there the side is "at most", too: 72% in 2019 is ahead of the path from 74 to 71.
        Assert.Equal(GoalStatus.OnTrack, Judge(indicator, "doel D \"d\" { indicator: I nulmeting: 74% in 2017 streefwaarde: maximaal 71% in 2020 }\n", 2019, ("2019", 72)).Status);
    }

    [Fact]
    public void M_AParentMeasuredThroughItsSubdoelen()
    {
        var (monitor, _, _) = BuildMonitor(Kader, Lower,
            "doel P \"p\" { }\n" +
            "doel D \"d\" { draagt bij aan: P indicator: I nulmeting: 6 in 2016 streefwaarde: maximaal 5 in 2022 }\n" +
            "doel E \"e\" { draagt bij aan: P indicator: I nulmeting: 1 in 2016 streefwaarde: maximaal 1 in 2022 }\n");
        var result = monitor.Run(Data(("I", "2019", 3)));
        Assert.Equal(GoalStatus.Achieved, result.OutcomeOf("D")!.Status);
        Assert.Equal(GoalStatus.OffTrack, result.OutcomeOf("E")!.Status);
        var parent = result.OutcomeOf("P")!;
        Assert.Equal(GoalStatus.OffTrack, parent.Status);
        Assert.True(parent.FromSubgoals);
        Assert.Contains("1 groen, 1 rood", parent.Reason.Nl);
        Assert.Equal(2, result.Summary.Total);
        Assert.Equal(1, result.Summary.Of(Colour.Green));
        Assert.Equal(1, result.Summary.Of(Colour.Red));
        Assert.Equal(1, result.ParentSummary.Total);
        Assert.Equal(1, result.ParentSummary.Of(Colour.Red));
    }

    [Fact]
    public void N_AnUncertainProjectionChangesNothing()
    {
        const string doel = "doel D \"d\" { indicator: I nulmeting: 40 in 2016 streefwaarde: 100 in 2020 }\n";
        var two = Judge(Higher, doel, 2019, ("2018", 60), ("2019", 80));
        Assert.Equal(GoalStatus.OffTrack, two.Status);
        Assert.Equal(100m, two.Projection);
        Assert.False(two.ProjectionCertain);
        var scattered = Judge(Higher, doel, 2019, ("2017", 70), ("2018", 45), ("2019", 80));
        Assert.False(scattered.ProjectionCertain);
        Assert.NotEqual(GoalStatus.AtRisk, scattered.Status);
    }

    [Fact]
    public void O_MixedPeriods()
    {
        var data = Data(("I", "2019-H1", 395), ("I", "2019", 380));
        Assert.Equal(2, data.Series("I").Count);
        var (monitor, _, _) = BuildMonitor(Kader, Lower, Bijstand);
        var o = monitor.Evaluate("D", data, 2019)!;
        Assert.Equal(Period.OfYear(2019), o.Latest!.Value.Period);
        Assert.Equal(380m, o.Latest!.Value.Value);
    }

    private static GoalOutcome JudgeWithGaps(string indicator, string doel, int peiljaar, (string Period, decimal Value)[] measured, params (string Period, MissingReason Reason)[] missing)
    {
        var (monitor, _, _) = BuildMonitor(Kader, indicator, doel);
        var series = new MeasurementSeries("I",
            measured.Select(m => { Assert.True(Period.TryParse(m.Period, out var p)); return new Measurement(p, m.Value); }),
            missing.Select(m => { Assert.True(Period.TryParse(m.Period, out var p)); return new MissingMeasurement(p, m.Reason); }));
        return monitor.Evaluate("D", new MeasurementData([series]), peiljaar)!;
    }

    [Fact]
    public void P_TheLatestPeriodIsMissing()
    {
        var o = JudgeWithGaps(Lower, Bijstand, 2018, [("2017", 395)], ("2018", MissingReason.NotYetKnown));
        Assert.Equal(GoalStatus.OnTrack, o.Status); // as A: a missing figure is evidence neither way
        Assert.StartsWith("De meting over 2018 ontbreekt (nog niet bekend); beoordeeld op 2017. ", o.Reason.Nl);
        Assert.StartsWith("The measurement for 2018 is missing (not known yet); judged on 2017. ", o.Reason.En);
        Assert.Equal(new Period(2018, 1, 1), o.LatestMissing?.Period);

        var suppressed = JudgeWithGaps(Lower, Bijstand, 2018, [("2017", 395)], ("2018", MissingReason.Suppressed));
        Assert.Contains("niet openbaar om privacyredenen", suppressed.Reason.Nl);

        var only = JudgeWithGaps(Lower, Bijstand, 2018, [], ("2018", MissingReason.Suppressed));
        Assert.Equal(GoalStatus.NoData, only.Status);
        Assert.Equal("De meting over 2018 ontbreekt (niet openbaar om privacyredenen). Geen metingen tot en met 2018.", only.Reason.Nl);

        var earlier = JudgeWithGaps(Lower, Bijstand, 2017, [("2017", 395)], ("2016", MissingReason.Unknown));
        var plain = Judge(Lower, Bijstand, 2017, ("2017", 395));
        Assert.Equal((plain.Status, plain.Reason), (earlier.Status, earlier.Reason));
        Assert.Null(earlier.LatestMissing);
        // A missing period after the peiljaar is not the doel's latest period.
        Assert.Null(JudgeWithGaps(Lower, Bijstand, 2017, [("2017", 395)], ("2018", MissingReason.Unknown)).LatestMissing);
    }

    [Fact]
    public void ProjectionsAreShownAtThePrecisionOfTheData()
    {
        const string doel = "doel D \"d\" { indicator: I nulmeting: 700 in 2016 streefwaarde: 900 in 2022 }\n";
        var o = Judge(Higher, doel, 2019, ("2017", 701), ("2018", 745), ("2019", 760));
        Assert.Equal(0, o.Projection!.Value.Scale);
        Assert.Equal(0, o.Expected!.Value.Scale);
    }

    [Fact]
    public void Q_ABaselineWithoutYearSitsAtTheFirstMeasurement()
    {
        // As A, but the document gives the nulmeting without a year: placed at the first measurement (2016).
        const string doel = "doel D \"d\" { indicator: I nulmeting: 410 streefwaarde: maximaal 370 in 2020 }\n";
        var o = Judge(Lower, doel, 2018, ("2016", 402), ("2018", 395));
        Assert.Equal(2016m, o.StartTime);
        Assert.Equal(410m, o.StartValue);
        Assert.Equal(390m, o.Expected); // 410 + (370 − 410)·2/4
        Assert.Equal(GoalStatus.AtRisk, o.Status); // behind 5, within 5% of 390
        Assert.EndsWith("De nulmeting 410 heeft geen jaar: de monitor legt haar bij de eerste meting (2016).", o.Reason.Nl);
        Assert.EndsWith("The baseline 410 has no year: the monitor places it at the first measurement (2016).", o.Reason.En);
    }

    [Fact]
    public void R_AHalfYearBaselineStartsThePathAtItsHalfYear()
    {
        const string doel = "doel D \"d\" { indicator: I nulmeting: 410 in 2018-H2 streefwaarde: maximaal 370 in 2020 }\n";
        var o = Judge(Lower, doel, 2019, ("2019", 395));
        Assert.Equal(2018.5m, o.StartTime);
        Assert.Equal(397m, o.Expected); // 410 − 40·(2019 − 2018,5)/(2020 − 2018,5) = 396,67
        Assert.Equal(GoalStatus.OnTrack, o.Status);
        Assert.DoesNotContain("geen jaar", o.Reason.Nl);
    }

    [Theory]
    [InlineData("60% in 2016", "2020", 68, GoalStatus.Achieved)]
    [InlineData("60% in 2016", "2020", 72, GoalStatus.NotAchieved)]
    [InlineData("60% in 2016", "2018", 63, GoalStatus.OnTrack)]
    [InlineData("60% in 2016", "2018", 71, GoalStatus.AtRisk)]
    [InlineData("67% in 2016", "2018", 68, GoalStatus.Achieved)]
    [InlineData("67% in 2016", "2018", 64, GoalStatus.AtRisk)]
    [InlineData("67% in 2016", "2018", 50, GoalStatus.OffTrack)]
    public void S_ABandwidth(string nulmeting, string period, decimal value, GoalStatus expected)
    {
        const string percent = "indicator I \"i\" { eenheid: percentage van inwoners polariteit: hoger is beter }\n";
        var doel = $"doel D \"d\" {{ indicator: I nulmeting: {nulmeting} streefwaarde: tussen 65% en 70% in 2020 }}\n";
        Assert.Equal(expected, Judge(percent, doel, int.Parse(period[..4]), (period, value)).Status);
        // "65% t/m 70%" is the same band.
        Assert.Equal(expected, Judge(percent, doel.Replace("tussen 65% en 70%", "65% t/m 70%"), int.Parse(period[..4]), (period, value)).Status);
    }

    [Fact]
    public void S_ABandwidthPathHeadsForTheNearerBound()
    {
        const string percent = "indicator I \"i\" { eenheid: percentage van inwoners polariteit: neutraal }\n";
        var o = Judge(percent, "doel D \"d\" { indicator: I nulmeting: 80% in 2016 streefwaarde: tussen 65% en 70% in 2020 }\n", 2018, ("2018", 76));
        Assert.Equal(75m, o.Expected); // 80 − (80 − 70)·2/4: from above, the upper bound
        Assert.Equal(GoalStatus.AtRisk, o.Status); // behind 1, within 5%
        Assert.Contains("de streefwaarde 65 t/m 70 in 2020", o.Reason.Nl);
        Assert.Contains("the target 65 to 70 in 2020", o.Reason.En);
    }

    [Theory]
    [InlineData("15% minder dan de nulmeting in 2020", 348.5, Comparator.AtLeastAsGood)]
    [InlineData("afname van 40 in 2020", 370, Comparator.AtLeastAsGood)]
    [InlineData("maximaal gelijk aan de nulmeting in 2020", 410, Comparator.LessOrEqual)]
    [InlineData("gelijk of lager dan de nulmeting in 2020", 410, Comparator.LessOrEqual)]
    [InlineData("maximaal 1 op 8 in 2020", 12.5, Comparator.LessOrEqual)]
    public void T_ATargetRelativeToTheNulmetingIsJudgedAsItsFigure(string streefwaarde, decimal value, Comparator comparator)
    {
        var o = Judge(Lower, $"doel D \"d\" {{ indicator: I nulmeting: 410 in 2015 streefwaarde: {streefwaarde} }}\n", 2020, ("2020", 360));
        Assert.Equal(new Target(comparator, value, 2020), o.Norm!.Target);
        Assert.Equal(360 <= value ? GoalStatus.Achieved : GoalStatus.NotAchieved, o.Status);
    }

    [Fact]
    public void T_ARelativeTargetWithoutNulmetingIsNoTarget()
    {
        var o = Judge(Lower, "doel D \"d\" { indicator: I nulmeting: onbekend streefwaarde: 15% minder dan de nulmeting in 2020 }\n", 2020, ("2020", 360));
        Assert.Null(o.Norm!.Target);
        Assert.Equal(GoalStatus.NotMeasurable, o.Status);
    }

    [Theory]
    [InlineData("2018", 1.800, GoalStatus.OnTrack)]
    [InlineData("2019", 1.800, GoalStatus.Achieved)]
    public void U_ADirectionWithAYearIsReachedInThatYear(string period, double value, GoalStatus expected)
    {
        // As G, but "afname in 2019": reached in 2019, not only at the period's end (2020).
        var o = Judge(Lower, "doel D \"d\" { indicator: I richting: afname in 2019 }\n", int.Parse(period), ("2017", 1930), (period, (decimal)value * 1000));
        Assert.Equal(expected, o.Status);
        Assert.Equal(2019, o.Norm!.DirectionYear);
        if (expected == GoalStatus.Achieved) Assert.StartsWith("De beoogde richting is in 2019 gehaald", o.Reason.Nl);
    }

    [Theory]
    [InlineData(7.2, true, GoalStatus.NotAchieved)]
    [InlineData(7.6, true, GoalStatus.Achieved)]
    [InlineData(0, false, GoalStatus.Achieved)]
    public void V_TwoIndicatorsTheWorstCounts(double tevredenheid, bool measured, GoalStatus expected)
    {
        var (monitor, _, _) = BuildMonitor(Kader, Lower,
            "indicator T \"Tevredenheid\" { eenheid: rapportcijfer polariteit: hoger is beter }\n",
            "doel D \"d\" { indicator: I nulmeting: 410 in 2015 streefwaarde: maximaal 370 in 2020\n" +
            "  norm \"Tevreden cliënten\" { indicator: T nulmeting: 7,1 in 2015 streefwaarde: minimaal 7,5 in 2020 } }\n");
        var rows = new List<(string, string, decimal)> { ("I", "2020", 360) };
        if (measured) rows.Add(("T", "2020", (decimal)tevredenheid));
        var o = monitor.Evaluate("D", Data([.. rows]), 2020)!;
        Assert.Equal(expected, o.Status);
        Assert.Equal(2, o.Parts.Count);
        Assert.StartsWith("Gemeten met 2 indicatoren; het slechtste oordeel telt: ", o.Reason.Nl);
        Assert.Contains("Tevreden cliënten: ", o.Reason.Nl);
    }

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
        Assert.Equal(2, a[GoalStatus.Achieved]);        // D, and Q measured through D
        Assert.Equal(2, a[GoalStatus.NotAchieved]);     // E: 3 > 1 in its target year 2020; P measured through D and E (worst)
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
