using System.Text.Json.Nodes;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Cli.Reports;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Reports;

/// <summary>
/// Issue 16 item 3, "Wat mag het kosten?" with realisation (decision 0022): per programme and post,
/// per year, begroot and realisatie side by side with the verschil, in the model and in every
/// renderer, in Dutch and English; without realisation rows the note that there is none.
/// </summary>
public sealed class RealisationReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-realisatie-").FullName;

    private static readonly Lazy<(KaderMonitor Monitor, PolicyLang.Binding.SemanticModel Model)> Kader = new(() =>
    {
        var (monitor, _, source) = BuildMonitor(
            "kader K \"Kader\" { gemeente: \"Ergens\" periode: 2017 t/m 2020 }\n",
            "thema Gezond \"Gezond opgroeien\" { }\n",
            "thema Sport \"Sport\" { }\n",
            "indicator Aantal \"Aantal\" { eenheid: aantal polariteit: hoger is beter }\n",
            "doel D \"Meer\" { thema: Gezond indicator: Aantal nulmeting: 10 in 2016 streefwaarde: 20 in 2020 }\n",
            "begroting B \"Begroting\" { jaren: 2018 t/m 2020 schaal: 1.000\n" +
            "  post P \"Gezondheid\": € 12, € 14, € 16 { thema: Gezond }\n" +
            "  post Q \"Preventie\": € 3, € 3, € 3 { thema: Gezond }\n" +
            "  post S \"Sportvelden\": € 5, € 5, € 5 { thema: Sport }\n}\n");
        return (monitor, source.Model);
    });

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The report at peiljaar 2019 from a measurement file with these realisation rows.</summary>
    private ReportModel Report(bool english, params string[] postRows)
    {
        var path = Path.Combine(_dir, "m.csv");
        File.WriteAllText(path, "indicator;post;periode;waarde;status\nAantal;;2019;15;\n" + string.Concat(postRows.Select(r => r + "\n")));
        var read = MeasurementReader.Read(path, Kader.Value.Monitor, posts: BudgetPosts.Of(Kader.Value.Model));
        Assert.True(read.Success, string.Join("\n", read.Errors));
        var report = new MonitorReport(Kader.Value.Monitor.Run(read.Data, 2019), read.Data, "m.csv", english);
        return ReportBuilder.Build(report, read.Explanations, Kader.Value.Model, read.Comparisons, read.Realisation);
    }

    private static readonly string[] Rows = [";P;2018;€ 12.500;", ";P;2019;13.000;voorlopig", ";P;2020;€ 99;", ";Q;2019;nb;"];

    [Fact]
    public void Each_post_has_per_year_begroot_realisatie_and_the_verschil()
    {
        var p = Assert.Single(Report(false, Rows).Programmes, p => p.Id == "Gezond");
        Assert.True(p.HasRealisation);
        var line = p.Budget.Single(l => l.PostId == "P");
        Assert.Equal([2018, 2019, 2020], line.Years.Select(y => y.Year));
        var y2018 = line.Years[0];
        Assert.Equal((12_000m, 12_500m, 500m, "+€ 12.500"), (y2018.Budgeted!.Value, y2018.Realised!.Value!.Value, y2018.Difference!.Value, "+" + y2018.Realised.Text));
        Assert.Equal("+€ 500", y2018.DifferenceText);
        var y2019 = line.Years[1];
        Assert.Equal("€ 13.000 (voorlopig)", y2019.Realised!.Text);
        Assert.Equal(-1_000m, y2019.Difference);
        Assert.Equal("-€ 1.000", y2019.DifferenceText);
        // 2020 is after the peiljaar: budgeted, not realised.
        Assert.Null(line.Years[2].Realised);
        Assert.Null(line.Years[2].Difference);
        // A missing-value code is shown as such, with no verschil.
        var q = p.Budget.Single(l => l.PostId == "Q").Years.Single(y => y.Year == 2019);
        Assert.Equal("ontbreekt (niet bekend)", q.Realised!.Text);
        Assert.Equal("niet bekend", q.Realised.Missing);
        Assert.Null(q.Difference);
        Assert.StartsWith("Realisatie uit m.csv, tot en met 2019", p.BudgetNote);
    }

    [Fact]
    public void A_programme_without_realisation_rows_keeps_the_note_that_there_is_none()
    {
        var model = Report(false, Rows);
        var sport = Assert.Single(model.Programmes, p => p.Id == "Sport");
        Assert.False(sport.HasRealisation);
        Assert.Equal("Realisatie: de metingen bevatten geen financiële realisatie.", sport.BudgetNote);
        Assert.All(Report(false).Programmes, p => Assert.False(p.HasRealisation));
        Assert.Equal("Realisation: the measurements hold no financial realisation.", Report(true).Programmes.Single(p => p.Id == "Sport").BudgetNote);
    }

    [Fact]
    public void A_realisation_in_a_year_the_begroting_does_not_cover_has_no_verschil()
    {
        var line = Report(false, ";S;2017;€ 4.000;").Programmes.Single(p => p.Id == "Sport").Budget.Single();
        var y2017 = line.Years[0];
        Assert.Equal((2017, (BudgetAmount?)null, 4_000m, (decimal?)null), (y2017.Year, y2017.Budgeted, y2017.Realised!.Value, y2017.Difference));
    }

    [Fact]
    public void The_html_shows_begroot_realisatie_and_verschil_side_by_side_in_both_languages()
    {
        var nl = HtmlRenderer.Render(Report(false, Rows));
        Assert.Contains("<th scope=\"col\" class=\"num\">Realisatie</th><th scope=\"col\" class=\"num\">Verschil (realisatie − begroot)</th>", nl);
        Assert.Contains("<th scope=\"rowgroup\" rowspan=\"3\">Gezondheid</th><td>2018</td><td class=\"num\">€ 12.000</td><td class=\"num\">€ 12.500</td><td class=\"num\">+€ 500</td>", nl);
        Assert.Contains("<td class=\"num missing\">ontbreekt (niet bekend)</td>", nl);
        Assert.Contains("geen financiële realisatie", System.Net.WebUtility.HtmlDecode(nl)); // the Sport programme
        var en = HtmlRenderer.Render(Report(true, Rows));
        Assert.Contains("<td>2019</td><td class=\"num\">€14,000</td><td class=\"num\">€13,000 (provisional)</td><td class=\"num\">-€1,000</td>", en);
        Assert.Contains("Difference (actual − budget)", en);
        Assert.Contains("Actuals from m.csv, up to 2019", en);
    }

    [Fact]
    public void Markdown_carries_the_same_table()
    {
        var nl = MarkdownRenderer.Render(Report(false, Rows));
        Assert.Contains("| Post | Jaar | Begroot | Realisatie | Verschil (realisatie − begroot) |", nl);
        Assert.Contains("| Gezondheid | 2018 | € 12.000 | € 12.500 | +€ 500 |", nl);
        Assert.Contains("| Preventie | 2019 | € 3.000 | ontbreekt (niet bekend) | — |", nl);
        var en = MarkdownRenderer.Render(Report(true, Rows));
        Assert.Contains("| Gezondheid | 2019 | €14,000 | €13,000 (provisional) | -€1,000 |", en);
        Assert.Contains("| Line | Year | Budget | Actual | Difference (actual − budget) |", en);
    }

    [Fact]
    public void Json_carries_the_figures_and_their_texts()
    {
        using var stream = new MemoryStream();
        JsonRenderer.Write(stream, Report(false, Rows));
        var json = JsonNode.Parse(stream.ToArray())!;
        var gezond = json["programmas"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "Gezond")!;
        Assert.True(gezond["heeftRealisatie"]!.GetValue<bool>());
        var p = gezond["begroting"]!.AsArray().Single(l => l!["id"]?.GetValue<string>() == "P")!;
        var y2018 = p["jaren"]![0]!;
        Assert.Equal((2018, 12_000m, 12_500m, 500m, "+€ 500"), (y2018["jaar"]!.GetValue<int>(), y2018["begroot"]!.GetValue<decimal>(),
            y2018["realisatie"]!["bedrag"]!.GetValue<decimal>(), y2018["verschil"]!.GetValue<decimal>(), y2018["verschilTekst"]!.GetValue<string>()));
        Assert.True(p["jaren"]![1]!["realisatie"]!["voorlopig"]!.GetValue<bool>());
        var q = gezond["begroting"]!.AsArray().Single(l => l!["id"]?.GetValue<string>() == "Q")!["jaren"]![1]!;
        Assert.Equal("niet bekend", q["realisatie"]!["ontbreekt"]!.GetValue<string>());
        Assert.Null(q["realisatie"]!["bedrag"]);
        Assert.Null(q["verschil"]);
    }
}
