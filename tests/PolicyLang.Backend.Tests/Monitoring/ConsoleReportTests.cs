using PolicyLang.Cli.Monitoring;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Monitoring;

/// <summary>The stoplicht table on the terminal: colours on a terminal, plain text in a log, the same words in both.</summary>
public sealed class ConsoleReportTests
{
    private const string Kader = "kader K \"Sociaal domein\" { gemeente: \"Ergens\" periode: 2017 t/m 2020 }\n";
    private const string Indicator = "indicator I \"i\" { eenheid: aantal polariteit: hoger is beter }\n";
    private const string Green = "doel Gehaald \"g\" { indicator: I  nulmeting: 5 in 2018  streefwaarde: minimaal 6 in 2019 }\n";
    private const string Red = "doel Gemist \"r\" { indicator: I  nulmeting: 5 in 2018  streefwaarde: minimaal 90 in 2019 }\n";

    private static string Render(ColorSystemSupport colours)
    {
        var (monitor, _, _) = BuildMonitor(Kader, Indicator, Green, Red);
        var data = Data(("I", "2019", 7m));
        return ConsoleReportText(new MonitorReport(monitor.Run(data, 2019), data, "m.csv", english: false), colours);
    }

    [Fact]
    public void Without_colours_the_table_and_summary_are_plain_text()
    {
        var text = Render(ColorSystemSupport.NoColors);

        Assert.DoesNotContain('\u001B', text);
        Assert.Contains("Sociaal domein (Ergens) — peiljaar 2019", text);
        Assert.Contains("Gehaald", text);
        Assert.Contains("Gemist", text);
        Assert.Contains("1 groen, 0 oranje, 1 rood, 0 grijs — 2 doelen", text);
    }

    [Fact]
    public void On_a_terminal_each_status_has_its_stoplicht_colour_and_the_words_are_the_same()
    {
        var coloured = Render(ColorSystemSupport.Standard);
        var plain = Render(ColorSystemSupport.NoColors);

        Assert.Contains('\u001B', coloured);
        // Standard 16-colour SGR codes: green 32, red 91 or 31 (Spectre's Color.Red is the bright one).
        Assert.Matches("\u001B\\[32m[^\u001B]*groen", coloured);
        Assert.Matches("\u001B\\[(9|3)1m[^\u001B]*rood", coloured);
        Assert.Equal(plain, System.Text.RegularExpressions.Regex.Replace(coloured, "\u001B\\[[0-9;]*m", ""));
    }
}
