using System.Text.Json;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Cli.Reports;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Monitoring;

/// <summary>A measurement declared missing (nb, *, …) is shown as such in every report format (issue 13 item 4).</summary>
public sealed class MissingValueReportTests
{
    private static ReportModel Report()
    {
        var (monitor, _, _) = BuildMonitor(
            "kader K \"k\" { gemeente: \"Ergens\" periode: 2017 t/m 2020 }\n",
            "indicator I \"i\" { eenheid: aantal polariteit: lager is beter }\n",
            "doel D \"d\" { indicator: I nulmeting: 410 in 2015 streefwaarde: maximaal 370 in 2020 }\n");
        var series = new MeasurementSeries("I", [new Measurement(Period.OfYear(2017), 395)],
            [new MissingMeasurement(Period.OfYear(2016), MissingReason.Suppressed), new MissingMeasurement(Period.OfYear(2018), MissingReason.NotYetKnown)]);
        var data = new MeasurementData([series]);
        Assert.Equal(2018, data.LatestYear);
        return ReportBuilder.Build(new MonitorReport(monitor.Run(data, data.LatestYear!.Value), data, "m.csv", english: false), MeasurementExplanations.None, model: null);
    }

    [Fact]
    public void Markdown_says_the_latest_period_is_missing()
    {
        var md = MarkdownRenderer.Render(Report());
        Assert.Contains("| 2018 | ontbreekt (nog niet bekend) |", md);
        Assert.Contains("De meting over 2018 ontbreekt (nog niet bekend); beoordeeld op 2017.", md);
    }

    [Fact]
    public void Html_lists_every_missing_period_with_its_reason()
    {
        var html = HtmlRenderer.Render(Report());
        Assert.Contains("Ontbrekende metingen", html);
        Assert.Contains("2016 (niet openbaar om privacyredenen), 2018 (nog niet bekend)", html);
    }

    [Fact]
    public void Json_names_the_missing_latest_period_and_its_reason()
    {
        var stream = new MemoryStream();
        JsonRenderer.Write(stream, Report());
        var doel = JsonDocument.Parse(stream.ToArray()).RootElement.GetProperty("doelen").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "D");
        var gap = doel.GetProperty("laatsteOntbreekt");
        Assert.Equal("2018", gap.GetProperty("periode").GetString());
        Assert.Equal("NotYetKnown", gap.GetProperty("reden").GetString());
        Assert.Equal("not known yet", gap.GetProperty("description").GetString());
    }
}
