using PolicyLang.Cli.Monitoring;
using PolicyLang.Emit;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Emit;

/// <summary>Issue 20, item 7: what reaches generated C#, #line names, the PDB and the terminal.</summary>
public sealed class TextEscapingTests
{
    private const string Indicator = "indicator I \"i\" { eenheid: aantal polariteit: hoger is beter }\n";

    private static string Kader(string title = "k") => $"kader K \"{title}\" {{ gemeente: \"g\" periode: 2017 t/m 2020 }}\n";

    [Fact]
    public void A_line_longer_than_65535_columns_before_a_mapped_field_builds()
    {
        var doel = $"doel D \"{new string('x', 70_000)}\" {{ indicator: I  nulmeting: 5 in 2018  streefwaarde: minimaal 10 in 2020 }}\n";
        var result = MonitorBuild.Build(Compilation.FromSources([("/v/k/k.beleid", Kader() + Indicator + doel)]));
        Assert.True(result.Monitor!.Success, string.Join("\n", result.Monitor.Errors));
        Assert.Contains("#line 3 \"k/k.beleid\"", result.Monitor.Source.Code);
    }

    [Theory]
    [InlineData(1, 65_534, 1, 65_535, "#line (1,65534)-(1,65535) 4 \"f\"")]
    [InlineData(1, 100, 1, 65_536, "#line 1 \"f\"")]
    [InlineData(16_707_566, 1, 16_707_566, 2, "#line hidden")]
    public void Line_directives_stay_within_roslyns_bounds(int startLine, int startCharacter, int endLine, int endCharacter, string expected) =>
        Assert.Equal(expected, CSharpText.LineDirective(startLine, startCharacter, endLine, endCharacter, 4, "f"));

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u200F")]
    [InlineData("\u061C")]
    public void Bidi_controls_in_policy_text_are_escaped_in_the_generated_code_and_survive_the_round_trip(string bidi)
    {
        var title = $"Minder {bidi}armoede /* x */";
        var (monitor, compiled, _) = BuildMonitor(Kader(title), Indicator, $"doel D \"{title}\" {{ indicator: I }}\n");
        var code = compiled.Source.Code;
        Assert.DoesNotContain(bidi, code);
        Assert.Contains($"\\u{(int)bidi[0]:X4}", code);
        Assert.Equal(title, monitor.Kader.Title);
        Assert.Equal(title, monitor.Goals.Single(g => g.Id == "D").Title);
    }

    [Theory]
    [InlineData("/v/k/a\\b.beleid", "k/a_b.beleid")]
    [InlineData("/v/k/evil\u202Egnp.beleid", "k/evil_gnp.beleid")]
    [InlineData("/v/k/\u2066x\u2069.beleid", "k/_x_.beleid")]
    public void A_backslash_or_bidi_control_in_a_file_name_is_neither_a_folder_nor_raw_in_line_and_pdb(string path, string lineName)
    {
        if (OperatingSystem.IsWindows()) return; // there '\' is a folder separator and no file name holds one
        var result = MonitorBuild.Build(Compilation.FromSources([(path, Kader() + Indicator + "doel D \"d\" { indicator: I  nulmeting: 5 in 2018 }\n")]));
        Assert.True(result.Monitor!.Success, string.Join("\n", result.Monitor.Errors));
        Assert.Equal(lineName, Assert.Single(result.Monitor.Source.Documents).LineFileName);
        Assert.Contains($"\"{lineName}\"", result.Monitor.Source.Code);
    }

    [Fact]
    public void The_console_report_shows_a_title_with_u_ffff_and_control_characters()
    {
        var title = "Kader \uFFFF met \u001B[2J en \u202E en \uD800";
        var (monitor, _, _) = BuildMonitor(Kader(title), Indicator, "doel D \"d\" { indicator: I  nulmeting: 5 in 2018  streefwaarde: minimaal 10 in 2020 }\n");
        var data = Data(("I", "2019", 7m));

        var text = ConsoleReportText(new MonitorReport(monitor.Run(data, 2019), data, "m.csv", english: false), ColorSystemSupport.NoColors);
        Assert.Contains("Kader \uFFFD met \uFFFD[2J en \uFFFD en \uFFFD", text);
        Assert.DoesNotContain('\u001B', text);
    }

    /// <summary>A fact, not a theory: attribute arguments cannot carry lone surrogates.</summary>
    [Fact]
    public void Terminal_text_keeps_ordinary_characters_and_pairs()
    {
        Assert.Equal("gewoon € 5 — ✓ 😀", TerminalText.Clean("gewoon € 5 — ✓ 😀"));
        Assert.Equal("a\uFFFDb\uFFFDc", TerminalText.Clean("a\uFFFFb\uFFFEc"));
        Assert.Equal("\uFFFDx\uFFFD", TerminalText.Clean("\uDC00x\uD83D"));
    }
}
