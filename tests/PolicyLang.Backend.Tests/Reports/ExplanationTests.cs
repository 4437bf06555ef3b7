using System.Text.Json;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Reports;

/// <summary>
/// Issue 16 item 2: a rood or oranje doel needs the explanation the raad asks for (the toelichting
/// column of the measurements, per period); without one it is a finding of monitor, and
/// --faal-bij toelichting fails on it.
/// </summary>
public sealed class ExplanationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-toelichting-").FullName;
    private static string Steenwijkerland => Path.Combine(ExamplesDir, "steenwijkerland");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // AandeelProblematischeSchulden rises 8,0% → 8,2%: within the tolerance, so MinderSchulden is oranje and nothing else is judged.
    private const string Header = "indicator;periode;waarde;toelichting\n";
    private const string Rise = "AandeelProblematischeSchulden;2017;8,0%;\n";

    private (int Exit, string Output, JsonElement Json) Monitor(string rows, string? failOn = null)
    {
        var metingen = Path.Combine(_dir, "m.csv");
        var json = Path.Combine(_dir, "r.json");
        File.WriteAllText(metingen, Header + Rise + rows);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        var exit = MonitorCommand.Run(new MonitorOptions(Steenwijkerland, metingen, null, null, json, null, failOn, null, Taal.Nl), output, console);
        return (exit, output.ToString(), JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone());
    }

    private static JsonElement Doel(JsonElement root, string id) => root.GetProperty("doelen").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);

    [Fact]
    public void An_orange_goal_without_explanation_is_a_finding_and_fails_faal_bij_toelichting()
    {
        var (exit, output, json) = Monitor("AandeelProblematischeSchulden;2019;8,2%;\n", failOn: "toelichting");
        Assert.Equal(3, exit);
        Assert.Contains("bevinding: MinderSchulden is risico, maar er is geen toelichting voor 2019", output);
        Assert.Contains("1 rode of oranje doel(en) zonder toelichting: mislukt (--faal-bij toelichting)", output);
        Assert.True(Doel(json, "MinderSchulden").GetProperty("toelichtingOntbreekt").GetBoolean());
        Assert.Equal("MinderSchulden", json.GetProperty("bevindingen")[0].GetProperty("doel").GetString());
    }

    [Fact]
    public void The_explanation_of_the_judged_year_is_shown_and_satisfies_faal_bij_toelichting()
    {
        const string text = "Oorzaak: meer aanvragen na de sluiting van de fabriek. Gevolg: langere wachttijd. Bijsturing: extra schuldhulpmaatje.";
        var (exit, output, json) = Monitor($"AandeelProblematischeSchulden;2019;8,2%;\"{text}\"\n", failOn: "toelichting");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("bevinding", output);
        var doel = Doel(json, "MinderSchulden");
        Assert.False(doel.GetProperty("toelichtingOntbreekt").GetBoolean());
        Assert.Equal(text, doel.GetProperty("toelichtingen")[0].GetProperty("tekst").GetString());
        Assert.Equal("2019", doel.GetProperty("toelichtingen")[0].GetProperty("periode").GetString());
    }

    [Fact]
    public void An_explanation_of_another_year_does_not_count()
    {
        // The 2017 row carries the explanation; the doel is judged on 2019, which has none.
        var (exit, _, json) = Monitor("AandeelProblematischeSchulden;2019;8,2%;\n".Insert(0, "AandeelProblematischeSchulden;2018;8,1%;\"oud verhaal\"\n"), failOn: "toelichting");
        Assert.Equal(3, exit);
        Assert.Equal("2018", Doel(json, "MinderSchulden").GetProperty("toelichtingen")[0].GetProperty("periode").GetString());
    }

    [Fact]
    public void A_verantwoording_in_the_kader_explains_its_year_as_the_column_does()
    {
        // The demo kader: GezondGewicht is explained in metingen.csv, KostenJeugdhulp by a verantwoording
        // for 2021 in the doel, MeerLeden not at all.
        var demo = Path.Combine(RepoRoot, "tests", "browser", "demo");
        var json = Path.Combine(_dir, "demo.json");
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        Assert.Equal(3, MonitorCommand.Run(new MonitorOptions(demo, Path.Combine(demo, "metingen.csv"), null, null, json, null, "toelichting", null, Taal.Nl), output, console));
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.Equal(["MeerLeden"], root.GetProperty("bevindingen").EnumerateArray().Select(f => f.GetProperty("doel").GetString()));
        var kosten = Doel(root, "KostenJeugdhulp");
        Assert.False(kosten.GetProperty("toelichtingOntbreekt").GetBoolean());
        Assert.Equal("Kosten jeugdhulp blijven hoog. Oorzaak: Meer jeugdigen met zware zorg in de regio. Gevolg: De streefwaarde van € 2.000 in 2022 wordt waarschijnlijk niet gehaald. Bijsturing: Vanaf 2022 een praktijkondersteuner jeugd bij elke huisarts.",
            kosten.GetProperty("toelichtingen")[0].GetProperty("tekst").GetString());
    }

    [Fact]
    public void Faal_bij_toelichting_passes_when_nothing_is_red_or_orange()
    {
        var (exit, _, json) = Monitor("AandeelProblematischeSchulden;2019;7,0%;\n", failOn: "toelichting");
        Assert.Equal(0, exit);
        Assert.Equal(0, json.GetProperty("bevindingen").GetArrayLength());
    }
}
