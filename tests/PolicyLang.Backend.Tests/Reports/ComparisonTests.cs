using System.Text.Json;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Reports;

/// <summary>
/// Issue 16 item 4: comparison series (landelijk, regio, peer gemeenten) in the vergelijking column
/// are drawn and tabled beside the doel's figures, never judged, and need not be of the kader's gemeente.
/// </summary>
public sealed class ComparisonTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-vergelijking-").FullName;
    private static string Steenwijkerland => Path.Combine(ExamplesDir, "steenwijkerland");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Output, string Html, JsonElement Json) Monitor(string rows)
    {
        var metingen = Path.Combine(_dir, "m.csv");
        File.WriteAllText(metingen, "indicator;periode;waarde;gemeente;vergelijking\n" + rows);
        var html = Path.Combine(_dir, "r.html");
        var json = Path.Combine(_dir, "r.json");
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        var exit = MonitorCommand.Run(new MonitorOptions(Steenwijkerland, metingen, null, html, json, null, null, null, Taal.Nl), output, console);
        return (exit, output.ToString(), File.Exists(html) ? File.ReadAllText(html) : "", File.Exists(json) ? JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone() : default);
    }

    private const string Own = "AandeelProblematischeSchulden;2017;8,0%;Steenwijkerland;\nAandeelProblematischeSchulden;2019;8,2%;Steenwijkerland;\n";

    [Fact]
    public void A_comparison_series_is_drawn_and_tabled_but_not_judged()
    {
        var alone = Monitor(Own);
        var (exit, _, html, json) = Monitor(Own + "AandeelProblematischeSchulden;2017;7,0%;Nederland;landelijk\nAandeelProblematischeSchulden;2019;6,5%;Nederland;landelijk\n");
        Assert.Equal(0, exit);
        var doel = json.GetProperty("doelen").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "MinderSchulden");
        var before = alone.Json.GetProperty("doelen").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "MinderSchulden");
        Assert.Equal(before.GetProperty("status").GetString(), doel.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("metingen").GetInt32(), doel.GetProperty("metingen").GetInt32());
        var row2019 = doel.GetProperty("grafiek").EnumerateArray().Single(r => r.GetProperty("periode").GetString() == "2019");
        Assert.Equal("landelijk 6,5%", row2019.GetProperty("vergelijking").GetString());
        Assert.Contains("<polyline class=\"comparison\"", html);
        Assert.Contains(">landelijk</text>", html);
    }

    [Fact]
    public void A_second_comparison_figure_for_the_same_period_is_an_error()
    {
        var (exit, output, _, _) = Monitor(Own + "AandeelProblematischeSchulden;2019;6,5%;;regio\nAandeelProblematischeSchulden;2019;6,6%;;regio\n");
        Assert.Equal(1, exit);
        Assert.Contains("dubbele vergelijkingsmeting 'regio' van 'AandeelProblematischeSchulden' voor periode 2019 (ook op regel 4)", output);
    }
}
