using System.Diagnostics;
using System.Text.Json;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylang-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Output) Check(string format, Taal taal, params string[] paths)
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(paths, format, taal, output);
        return (exit, output.ToString());
    }

    [Fact]
    public void CleanFolderExitsZero()
    {
        Write("a/k.beleid", MinimalKader);
        var (exit, output) = Check("text", Taal.Nl, Path.Combine(_dir, "a"));
        Assert.Equal(0, exit);
        Assert.Contains("1 bestand(en) gecontroleerd: 0 fout(en)", output);
    }

    [Fact]
    public void ErrorsPrintInMsBuildFormatAndExitOne()
    {
        var file = Write("b/k.beleid", MinimalKader + "doel D \"D\" { draagt bij aan: Onbekend }\n");
        var (exit, output) = Check("text", Taal.Nl, file);
        Assert.Equal(1, exit);
        Assert.Matches(@"k\.beleid\(2,30\): error PL2001: 'Onbekend' is niet gedefinieerd\.", output);
        var (_, english) = Check("text", Taal.En, file);
        Assert.Contains("error PL2001: 'Onbekend' is not defined.", english);
        Assert.Contains("1 file(s) checked: 1 error(s)", english);
    }

    [Fact]
    public void FileArgumentBindsItsWholeFolderButReportsOnlyThatFile()
    {
        Write("c/a-kader.beleid", MinimalKader + "thema T \"T\"\nthema Dubbel \"x\"\n");
        var file = Write("c/b-doel.beleid", "doel D \"D\" { thema: T richting: afname }\nthema Dubbel \"y\"\n");
        var (exit, output) = Check("text", Taal.Nl, file);
        Assert.Equal(1, exit); // the duplicate is reported at its second definition, in b-doel.beleid
        Assert.Contains(Path.Combine(_dir, "c", "b-doel.beleid") + "(2,7): error PL2002", output);
        // Diagnostics of a-kader.beleid are not reported (it may appear only as a related location, indented).
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith(Path.Combine(_dir, "c", "a-kader.beleid"), StringComparison.Ordinal));
        Assert.Contains("PL2002", output);
    }

    [Fact]
    public void JsonOutputIsParseableWithOneBasedPositions()
    {
        var file = Write("d/k.beleid", MinimalKader + "doel D \"D\" { richting: omhoog }\n");
        var (_, output) = Check("json", Taal.Nl, file);
        using var json = JsonDocument.Parse(output);
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "PL2007");
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(24, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void SarifOutputFollowsTheSchemaShape()
    {
        var file = Write("e/k.beleid", MinimalKader + "thema T \"a\"\nthema T \"b\"\n");
        var (_, output) = Check("sarif", Taal.En, file);
        using var sarif = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("PolicyLang", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var result = run.GetProperty("results")[0];
        Assert.Equal("PL2002", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, result.GetProperty("relatedLocations").GetArrayLength());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check --format xml x")]
    [InlineData("onbekend")]
    [InlineData("check /bestaat/niet")]
    public void UsageAndIoProblemsExitTwoWithOneLine(string arguments)
    {
        var (exit, stdout, stderr) = RunCli(arguments);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout.Trim());
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", stderr);
    }

    private static (int Exit, string Stdout, string Stderr) RunCli(string arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "policylang.dll");
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
