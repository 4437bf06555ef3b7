using System.Text.Json;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Monitoring;

public sealed class CommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-build-").FullName;
    private static string Steenwijkerland => Path.Combine(ExamplesDir, "steenwijkerland");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IAnsiConsole Plain(StringWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors,
    });

    private (int Exit, string Output) Monitor(string source, string metingen, params string[] extra)
    {
        var output = new StringWriter();
        string? Opt(string name) => extra.SkipWhile(e => e != name).Skip(1).FirstOrDefault();
        var options = new MonitorOptions(source, metingen, Opt("--peiljaar") is { } p ? int.Parse(p) : null,
            Opt("--rapport"), Opt("--json"), Opt("--markdown"), Opt("--faal-bij"), Opt("--gemeente"), Taal.Nl);
        var exit = MonitorCommand.Run(options, output, Plain(output));
        return (exit, output.ToString());
    }

    [Fact]
    public void BuildWritesDllAndPdbAndTwiceGivesTheSameBytes()
    {
        var output = new StringWriter();
        Assert.Equal(0, BuildCommand.Run(Steenwijkerland, Path.Combine(_dir, "a"), writeCSharp: true, Taal.Nl, output));
        Assert.Equal(0, BuildCommand.Run(Steenwijkerland, Path.Combine(_dir, "b"), writeCSharp: false, Taal.Nl, output));
        var dll = "PolicyLang.Monitor.SociaalDomein.dll";
        var pdb = "PolicyLang.Monitor.SociaalDomein.pdb";
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a", dll)), File.ReadAllBytes(Path.Combine(_dir, "b", dll)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a", pdb)), File.ReadAllBytes(Path.Combine(_dir, "b", pdb)));
        Assert.True(File.Exists(Path.Combine(_dir, "a", "Kader_SociaalDomein.g.cs")));
        Assert.Contains("gebouwd:", output.ToString());
    }

    [Fact]
    public void BuildRefusesAKaderWithErrorsAndShowsTheDiagnostics()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "kapot")).FullName;
        File.WriteAllText(Path.Combine(folder, "k.beleid"), "kader K \"k\" { gemeente: \"g\" }\ndoel D \"d\" { indicator: Onbekend }\n");
        var output = new StringWriter();
        Assert.Equal(1, BuildCommand.Run(folder, Path.Combine(_dir, "out"), false, Taal.Nl, output));
        Assert.Contains("k.beleid(2,", output.ToString());
        Assert.Contains("niet gebouwd: het kader bevat fouten", output.ToString());
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public void MonitorOnTheExampleWritesEveryReport()
    {
        var html = Path.Combine(_dir, "rapport.html");
        var json = Path.Combine(_dir, "r.json");
        var md = Path.Combine(_dir, "r.md");
        var (exit, output) = Monitor(Steenwijkerland, Path.Combine(Steenwijkerland, "metingen.csv"), "--rapport", html, "--json", json, "--markdown", md);
        Assert.Equal(0, exit);
        Assert.Contains("peiljaar 2019", output);
        Assert.Contains("MinderBijstand", output);

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var doelen = doc.RootElement.GetProperty("doelen").EnumerateArray().ToList();
        var tegenprestatie = doelen.Single(d => d.GetProperty("id").GetString() == "Tegenprestatie");
        Assert.Equal("OffTrack", tegenprestatie.GetProperty("status").GetString());
        Assert.Equal(85m, tegenprestatie.GetProperty("verwacht").GetDecimal());
        // Leaf doelen and parent doelen are counted apart, so together they count every judged doel once.
        static int Sum(JsonElement s) => s.GetProperty("groen").GetInt32() + s.GetProperty("oranje").GetInt32() + s.GetProperty("rood").GetInt32() + s.GetProperty("grijs").GetInt32();
        Assert.Equal(doelen.Count(d => d.TryGetProperty("status", out _)),
            Sum(doc.RootElement.GetProperty("samenvatting")) + Sum(doc.RootElement.GetProperty("samenvattingHoofddoelen")));
        var zelfredzaamheid = doelen.Single(d => d.GetProperty("id").GetString() == "Zelfredzaamheid");
        Assert.Equal("NotAchieved", zelfredzaamheid.GetProperty("status").GetString()); // worst of its subdoelen (TaalMinderLaaggeletterden, judged on 2017)

        var htmlText = File.ReadAllText(html);
        Assert.Contains("<svg class=\"chart\" data-doel=\"Tegenprestatie\"", htmlText);
        Assert.DoesNotContain("<script", htmlText);
        Assert.DoesNotContain("http://", htmlText.Replace("xmlns=\"http://www.w3.org/2000/svg\"", ""));
        var mdText = File.ReadAllText(md);
        Assert.Contains("#### " + tegenprestatie.GetProperty("titel").GetString(), mdText); // the goal's text is the heading
        Assert.Contains("`Tegenprestatie`", mdText);
    }

    [Fact]
    public void PeiljaarLimitsTheMeasurementsUsed()
    {
        var json = Path.Combine(_dir, "r.json");
        Monitor(Steenwijkerland, Path.Combine(Steenwijkerland, "metingen.csv"), "--peiljaar", "2016", "--json", json);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(2016, doc.RootElement.GetProperty("peiljaar").GetInt32());
        var bijstand = doc.RootElement.GetProperty("doelen").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "MinderBijstand");
        Assert.Equal("2016", bijstand.GetProperty("laatste").GetProperty("periode").GetString());
    }

    [Theory]
    [InlineData("rood", 3)]
    [InlineData("oranje", 3)]
    public void FaalBijGivesExitThreeWhenAColourIsReached(string colour, int expected) =>
        Assert.Equal(expected, Monitor(Steenwijkerland, Path.Combine(Steenwijkerland, "metingen.csv"), "--faal-bij", colour).Exit);

    [Fact]
    public void FaalBijRoodPassesWhenNothingIsRed()
    {
        var metingen = Path.Combine(_dir, "m.csv");
        File.WriteAllText(metingen, "indicator;periode;waarde\nAandeelBijstand;2016;3,9%\nAandeelBijstand;2019;3,5%\n");
        var (exit, output) = Monitor(Steenwijkerland, metingen, "--faal-bij", "rood");
        Assert.Equal(0, exit);
        Assert.Contains("op koers", output);
    }

    [Fact]
    public void FaalBijOranjeFailsOnOrangeWhereRoodDoesNot()
    {
        // AandeelProblematischeSchulden rises 8,0 → 8,2: within the 5% tolerance, so oranje and nothing red.
        var metingen = Path.Combine(_dir, "m.csv");
        File.WriteAllText(metingen, "indicator;periode;waarde\nAandeelProblematischeSchulden;2017;8,0%\nAandeelProblematischeSchulden;2019;8,2%\n");
        Assert.Equal(0, Monitor(Steenwijkerland, metingen, "--faal-bij", "rood").Exit);
        var (exit, output) = Monitor(Steenwijkerland, metingen, "--faal-bij", "oranje");
        Assert.Equal(3, exit);
        Assert.Contains("1 doel(en) oranje of rood: mislukt (--faal-bij oranje)", output);
    }

    [Fact]
    public void BadMeasurementsStopTheRunWithFileAndLine()
    {
        var metingen = Path.Combine(_dir, "m.csv");
        File.WriteAllText(metingen, "indicator;periode;waarde\nAandeelBijstand;2016;3,9%\nGeenIndicator;2019;3\n");
        var (exit, output) = Monitor(Steenwijkerland, metingen);
        Assert.Equal(1, exit);
        Assert.Contains("m.csv(3): fout: onbekende indicator 'GeenIndicator'", output);
        Assert.Contains("niets beoordeeld", output);
    }

    [Fact]
    public void EnglishOutputOnRequest()
    {
        var output = new StringWriter();
        var html = Path.Combine(_dir, "en.html");
        var options = new MonitorOptions(Steenwijkerland, Path.Combine(Steenwijkerland, "metingen.csv"), null, html, null, null, null, null, Taal.En);
        Assert.Equal(0, MonitorCommand.Run(options, output, Plain(output)));
        Assert.Contains("reference year 2019", output.ToString());
        Assert.Contains("off track", output.ToString());
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(html));
        Assert.Contains("Behind the path, beyond the tolerance of 5%", File.ReadAllText(html));
    }

    [Fact]
    public void AFolderWithoutKaderIsNotBuilt()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "zonder")).FullName;
        File.WriteAllText(Path.Combine(folder, "d.beleid"), "thema T \"t\"\n");
        var output = new StringWriter();
        Assert.Equal(1, BuildCommand.Run(folder, Path.Combine(_dir, "out"), false, Taal.Nl, output));
        Assert.Contains("bevat geen kader", output.ToString());
    }

    [Fact]
    public void MonitorRunsABuiltDll()
    {
        BuildCommand.Run(Steenwijkerland, _dir, false, Taal.Nl, new StringWriter());
        var (exit, output) = Monitor(Path.Combine(_dir, "PolicyLang.Monitor.SociaalDomein.dll"), Path.Combine(Steenwijkerland, "metingen.csv"));
        Assert.Equal(0, exit);
        Assert.Contains("MinderBijstand", output);
    }

    [Fact]
    public void ADllThatIsNotAMonitorIsAUsageError()
    {
        var fake = Path.Combine(_dir, "nep.dll");
        File.WriteAllText(fake, "not an assembly");
        Assert.Throws<UserError>(() => Monitor(fake, Path.Combine(Steenwijkerland, "metingen.csv")));
    }
}
