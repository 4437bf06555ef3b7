using PolicyLang.Cli.Monitoring;
using PolicyLang.Cli.Reports;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Reports;

/// <summary>Issue 16 items 1–3 and 6 on a small kader: titles, units, comparators, attention first, programmes.</summary>
public sealed class ReportModelTests
{
    private static readonly string[] Kader =
    [
        "kader K \"Kader\" { gemeente: \"Ergens\" periode: 2017 t/m 2020 }\n",
        "thema Gezond \"Gezond opgroeien\" { }\n",
        "indicator Overgewicht \"Kinderen met overgewicht\" { eenheid: percentage van \"kinderen\" polariteit: lager is beter }\n",
        "indicator Kosten \"Kosten per cliënt\" { eenheid: euro per \"cliënt\" polariteit: lager is beter }\n",
        "doel GezondGewicht \"Minder kinderen met overgewicht\" { thema: Gezond indicator: Overgewicht nulmeting: 12% in 2016 streefwaarde: maximaal 10% in 2020 }\n",
        "doel LageKosten \"De kosten per cliënt dalen\" { draagt bij aan: GezondGewicht indicator: Kosten nulmeting: € 1.000 in 2016 streefwaarde: maximaal € 900 in 2020 }\n",
        "maatregel Beweeg \"Beweegprogramma op scholen\" { thema: Gezond eigenaar: \"GGD\" status: \"loopt\" termijn: 2018 }\n",
        "begroting B \"Begroting\" { jaren: 2017 t/m 2018 schaal: 1.000\n  post P \"Gezondheid\": € 12, € 14 { thema: Gezond }\n}\n",
    ];

    private static ReportModel Build(bool english, params (string, string, decimal)[] rows)
    {
        var (monitor, _, source) = BuildMonitor(Kader);
        var data = Data(rows);
        return ReportBuilder.Build(new MonitorReport(monitor.Run(data, 2019), data, "m.csv", english), MeasurementExplanations.None, source.Model);
    }

    private static ReportModel OffTrack(bool english = false) =>
        Build(english, ("Overgewicht", "2017", 12m), ("Overgewicht", "2019", 13m), ("Kosten", "2017", 990m), ("Kosten", "2019", 930m));

    [Fact]
    public void A_card_is_headed_by_the_goals_text_and_every_figure_has_its_unit()
    {
        var card = OffTrack().Card("GezondGewicht")!;
        Assert.Equal("Minder kinderen met overgewicht", card.Title);
        Assert.Equal("% van kinderen", card.UnitLabel);
        Assert.Contains(card.Figures, f => f.Key == "streefwaarde" && f.Text == "maximaal 10% in 2020");
        Assert.Contains(card.Figures, f => f.Key == "nulmeting" && f.Text == "12% in 2016");
        Assert.StartsWith("Achter op het pad", card.Reason);
        Assert.Contains("gemeten 13% van kinderen in 2019", card.Reason);
        Assert.Contains("streefwaarde maximaal 10% in 2020", card.Reason);
    }

    [Fact]
    public void A_bandwidth_and_a_baseline_without_year_are_written_as_the_document_gives_them()
    {
        // issue 13 items 2 and 6
        var (monitor, _, source) = BuildMonitor(
            "kader K \"Kader\" { gemeente: \"Ergens\" periode: 2017 t/m 2020 }\n",
            "indicator Sport \"Sporters\" { eenheid: percentage van \"inwoners\" polariteit: hoger is beter }\n",
            "doel Sporten \"Meer sporters\" { indicator: Sport nulmeting: 60% streefwaarde: tussen 65% en 70% in 2020 }\n");
        var data = Data(("Sport", "2017", 61m), ("Sport", "2019", 66m));
        ReportModel Report(bool english) => ReportBuilder.Build(new MonitorReport(monitor.Run(data, 2019), data, "m.csv", english), MeasurementExplanations.None, source.Model);
        var card = Report(false).Card("Sporten")!;
        Assert.Contains(card.Figures, f => f.Key == "streefwaarde" && f.Text == "tussen 65% en 70% in 2020");
        Assert.Contains(card.Figures, f => f.Key == "nulmeting" && f.Text == "60% (zonder jaar)");
        Assert.Equal(GoalStatus.Achieved, card.Status); // 66% in 2019 lies inside the band
        var en = Report(true).Card("Sporten")!;
        Assert.Contains(en.Figures, f => f.Key == "streefwaarde" && f.Text == "between 65% and 70% in 2020");
        Assert.Contains(en.Figures, f => f.Key == "nulmeting" && f.Text == "60% (no year given)");
    }

    [Fact]
    public void Money_is_written_with_the_euro_sign_in_Dutch_and_English_format()
    {
        Assert.Contains("streefwaarde maximaal € 900 in 2020", OffTrack().Card("LageKosten")!.Reason);
        var en = OffTrack(english: true).Card("LageKosten")!;
        Assert.Contains("measured €930 per cliënt in 2019", en.Reason);
        Assert.Contains("target at most €900 in 2020", en.Reason);
        Assert.Equal("€ 1.234,5", FigureFormat.Plain(false).Euro(1234.5m));
        Assert.Equal("€1,234.5", FigureFormat.Plain(true).Euro(1234.5m));
    }

    [Fact]
    public void Attention_lists_every_red_and_orange_goal_red_first()
    {
        var model = OffTrack();
        var expected = model.Cards.Where(c => c.Colour == Colour.Red).Concat(model.Cards.Where(c => c.Colour == Colour.Orange)).Select(c => c.Id);
        Assert.NotEmpty(model.Attention);
        Assert.Equal(expected, model.Attention.Select(c => c.Id));
    }

    [Fact]
    public void A_thema_is_a_programme_with_its_goals_measures_and_budget()
    {
        var p = Assert.Single(OffTrack().Programmes, p => p.Id == "Gezond");
        Assert.Equal("Gezond opgroeien", p.Title);
        // LageKosten has no thema of its own: it belongs to the programme of the doel it contributes to.
        Assert.Equal(["GezondGewicht", "LageKosten"], p.GoalIds);
        var m = Assert.Single(p.Maatregelen);
        Assert.Equal(("Beweegprogramma op scholen", "GGD", "loopt", "2018"), (m.Title, m.Owner, m.State, m.Term));
        var line = Assert.Single(p.Budget);
        Assert.Equal("Gezondheid", line.Title);
        Assert.Equal([(2017, 12_000m, "€ 12.000"), (2018, 14_000m, "€ 14.000")], line.Amounts.Select(a => (a.Year, a.Value, a.Text)));
    }

    [Fact]
    public void Axis_ticks_are_round()
    {
        var (min, max, step) = AxisScale.Nice(711.3m, 766.36m);
        Assert.Equal((700m, 780m, 20m), (min, max, step)); // not 711,3 · 766,36
        Assert.All(AxisScale.Ticks(min, max, step), t => Assert.Equal(0m, t % step));
    }
}
