using System.Diagnostics;
using System.Text.Json;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Browser;

/// <summary>
/// Opens the HTML report of the Steenwijkerland example in Debian's headless Chromium (driven by
/// tests/browser/render-report.mjs with playwright-core; both installed by scripts/setup) and checks
/// what a reader gets: no console or page errors, no network requests that fail, one chart per
/// measurable doel. The screenshot is kept under the test output folder (artifacts/).
/// </summary>
public class HtmlReportBrowserTests
{
    [Fact]
    public async Task ReportRendersInChromiumWithOneChartPerMeasurableDoel()
    {
        var script = Path.Combine(RepoRoot, "tests", "browser", "render-report.mjs");
        Assert.True(Directory.Exists(Path.Combine(RepoRoot, "tests", "browser", "node_modules", "playwright-core")),
            "playwright-core is not installed: run scripts/setup (it runs npm ci in tests/browser)");
        Assert.True(File.Exists("/usr/bin/chromium") || Environment.GetEnvironmentVariable("CHROMIUM_PATH") is not null,
            "Chromium is missing: run scripts/setup (it installs Debian's chromium)");

        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        var html = Path.Combine(artifacts, "steenwijkerland-rapport.html");
        var json = Path.Combine(artifacts, "steenwijkerland-rapport.json");
        var screenshot = Path.Combine(artifacts, "steenwijkerland-rapport.png");
        var folder = Path.Combine(ExamplesDir, "steenwijkerland");
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        var exit = MonitorCommand.Run(new MonitorOptions(folder, Path.Combine(folder, "metingen.csv"), null, html, json, null, null, null, Taal.Nl), output, console);
        Assert.Equal(0, exit);

        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var measurable = report.RootElement.GetProperty("doelen").EnumerateArray()
            .Count(d => d.TryGetProperty("indicator", out _) && d.GetProperty("status").GetString() != "NotMeasurable");

        var start = new ProcessStartInfo("node", [script, html, screenshot]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"render-report.mjs failed ({node.ExitCode}): {await stderr}");

        using var seen = JsonDocument.Parse(await stdout);
        var root = seen.RootElement;
        Assert.Empty(root.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(root.GetProperty("pageErrors").EnumerateArray());
        Assert.Empty(root.GetProperty("failedRequests").EnumerateArray());
        Assert.True(measurable > 20, $"the example should have many measurable doelen, found {measurable}");
        Assert.Equal(measurable, root.GetProperty("charts").GetInt32());
        Assert.Contains("Tegenprestatie", root.GetProperty("chartDoelen").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Monitor: Beleidsplan Sociaal Domein 2017-2020", root.GetProperty("title").GetString());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is (nearly) empty");
    }
}
