using System.Diagnostics;
using System.Text.Json;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Browser;

/// <summary>
/// The budget table with realisation (decision 0022) in Chromium: the demo kader's report, whose
/// measurements give illustrative realisation rows, read by check-report.mjs with axe-core (the
/// Steenwijkerland report of <see cref="ReportReaderTests"/> has no realisation to check).
/// </summary>
public sealed class RealisationBrowserTests
{
    [Fact]
    public void The_report_with_realisation_has_no_axe_core_violation()
    {
        var browser = Path.Combine(RepoRoot, "tests", "browser");
        Assert.True(Directory.Exists(Path.Combine(browser, "node_modules", "axe-core")), "axe-core is not installed: run scripts/setup (it runs npm ci in tests/browser)");
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var html = Path.Combine(artifacts, "demo-realisatie.html");
        var demo = Path.Combine(browser, "demo");
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        Assert.Equal(0, MonitorCommand.Run(new MonitorOptions(demo, Path.Combine(demo, "metingen.csv"), null, html, null, null, null, null, Taal.Nl), output, console));
        Assert.Contains("table class=\"budget realisation\"", File.ReadAllText(html)); // the demo's rows reach the report

        using var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(browser, "check-report.mjs"), html, Path.Combine(artifacts, "demo-realisatie.pdf")])
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "check-report.mjs did not finish");
        Assert.True(process.ExitCode == 0, $"check-report.mjs failed ({process.ExitCode}): {stderr.Result}");
        var seen = JsonDocument.Parse(stdout.Result).RootElement;
        Assert.True(seen.GetProperty("passes").GetInt32() > 10, "axe-core ran hardly any rule");
        Assert.True(seen.GetProperty("violations").GetArrayLength() == 0, seen.GetProperty("violations").ToString());
    }
}
