using System.Diagnostics;
using System.Text.Json;
using PolicyLang.Cli;
using PolicyLang.Diagnostics;
using Spectre.Console;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Browser;

/// <summary>
/// Issue 16: the Steenwijkerland report read in Debian's headless Chromium (tests/browser/check-report.mjs,
/// playwright-core and axe-core; all installed by scripts/setup). The summary lists every rood and
/// oranje doel, every card is headed by the doel's text, every figure carries its unit, axe-core
/// finds no WCAG 2.1 A/AA violation, and the A4 print starts a page for every programme.
/// </summary>
public sealed class ReportReaderTests : IClassFixture<ReportReaderTests.Rendered>
{
    private readonly Rendered _r;

    public ReportReaderTests(Rendered rendered) => _r = rendered;

    /// <summary>The report rendered once for all tests: the JSON report, what Chromium saw, and the PDF's text per page.</summary>
    public sealed class Rendered
    {
        public JsonElement Json { get; }
        public JsonElement Seen { get; }
        public string[] Pages { get; }

        public Rendered()
        {
            var browser = Path.Combine(RepoRoot, "tests", "browser");
            Assert.True(Directory.Exists(Path.Combine(browser, "node_modules", "axe-core")), "axe-core is not installed: run scripts/setup (it runs npm ci in tests/browser)");
            Assert.True(File.Exists("/usr/bin/chromium") || Environment.GetEnvironmentVariable("CHROMIUM_PATH") is not null, "Chromium is missing: run scripts/setup");
            var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
            var html = Path.Combine(artifacts, "raad-rapport.html");
            var json = Path.Combine(artifacts, "raad-rapport.json");
            var pdf = Path.Combine(artifacts, "raad-rapport.pdf");
            var folder = Path.Combine(ExamplesDir, "steenwijkerland");
            var output = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
            Assert.Equal(0, MonitorCommand.Run(new MonitorOptions(folder, Path.Combine(folder, "metingen.csv"), null, html, json, null, null, null, Taal.Nl), output, console));
            Json = JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone();
            Seen = JsonDocument.Parse(Run("node", Path.Combine(browser, "check-report.mjs"), html, pdf)).RootElement.Clone();
            // pdftotext (poppler-utils, installed by scripts/setup) separates pages with a form feed.
            Pages = Run("pdftotext", "-layout", pdf, "-").Split('\f').Where(p => p.Trim().Length > 0).ToArray();
        }

        private static string Run(string file, params string[] args)
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), $"{file} did not finish");
            Assert.True(process.ExitCode == 0, $"{file} failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
    }

    private IEnumerable<JsonElement> Doelen => _r.Json.GetProperty("doelen").EnumerateArray();

    [Fact]
    public void The_page_reads_without_errors_requests_or_script()
    {
        Assert.Empty(_r.Seen.GetProperty("consoleErrors").EnumerateArray());
        Assert.Empty(_r.Seen.GetProperty("pageErrors").EnumerateArray());
        Assert.Empty(_r.Seen.GetProperty("failedRequests").EnumerateArray());
        Assert.Equal(0, _r.Seen.GetProperty("scripts").GetInt32());
    }

    [Fact]
    public void The_summary_lists_every_red_and_orange_goal_with_its_reason()
    {
        var expected = Doelen.Where(d => d.TryGetProperty("kleur", out var k) && k.GetString() is "Red" or "Orange")
            .Select(d => d.GetProperty("id").GetString()).Order().ToList();
        var listed = _r.Seen.GetProperty("attention").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed.Select(l => l.GetProperty("id").GetString()).Order().ToList());
        Assert.All(listed, l =>
        {
            Assert.True(l.GetProperty("visible").GetBoolean());
            var doel = Doelen.Single(d => d.GetProperty("id").GetString() == l.GetProperty("id").GetString());
            Assert.Contains(doel.GetProperty("titel").GetString()!, l.GetProperty("text").GetString());
            Assert.Contains(doel.GetProperty("label").GetString()!, l.GetProperty("text").GetString());
        });
    }

    [Fact]
    public void Every_card_is_headed_by_its_title()
    {
        var cards = _r.Seen.GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(Doelen.Count(), cards.Count);
        Assert.All(cards, c => Assert.Equal(
            Doelen.Single(d => d.GetProperty("id").GetString() == c.GetProperty("id").GetString()).GetProperty("titel").GetString()!.Trim(),
            c.GetProperty("heading").GetString()!.Trim()));
    }

    [Fact]
    public void Every_figure_carries_its_unit()
    {
        var checkedFigures = 0;
        foreach (var card in _r.Seen.GetProperty("cards").EnumerateArray())
        {
            if (UnitMark(card.GetProperty("unit").GetString() ?? "") is not { } mark) continue;
            var texts = card.GetProperty("figures").EnumerateArray()
                .Where(f => f.GetProperty("key").GetString() is "nulmeting" or "tussendoel" or "streefwaarde" or "laatste" or "verwacht" or "projectie")
                .Select(f => f.GetProperty("text").GetString()!)
                .Concat(card.GetProperty("measured").EnumerateArray().Select(m => m.GetString()!).Where(m => m.Any(char.IsDigit)));
            foreach (var text in texts)
            {
                Assert.True(text.Contains(mark, StringComparison.Ordinal), $"{card.GetProperty("id").GetString()}: '{text}' has no unit ({mark})");
                checkedFigures++;
            }
        }
        Assert.True(checkedFigures > 100, $"only {checkedFigures} figures checked");
    }

    /// <summary>What a figure of this unit must show: % for percentages, € for money, the counted noun, else the unit's words.</summary>
    private static string? UnitMark(string unitLabel) => unitLabel switch
    {
        "" or "aantal" => null, // a bare count has no unit word to show
        _ when unitLabel.StartsWith('%') => "%",
        _ when unitLabel.StartsWith('€') => "€",
        _ when unitLabel.StartsWith("aantal ", StringComparison.Ordinal) => unitLabel["aantal ".Length..],
        _ => unitLabel,
    };

    [Fact]
    public void Axe_core_finds_no_violation()
    {
        Assert.True(_r.Seen.GetProperty("passes").GetInt32() > 10, "axe-core ran hardly any rule");
        Assert.True(_r.Seen.GetProperty("violations").GetArrayLength() == 0, _r.Seen.GetProperty("violations").ToString());
    }

    [Fact]
    public void The_print_starts_a_page_for_every_programme()
    {
        var programmes = _r.Json.GetProperty("programmas").EnumerateArray().Select(p => p.GetProperty("titel").GetString()!).ToList();
        Assert.True(programmes.Count > 10, $"the example should have many programmes, found {programmes.Count}");
        // The summary takes at least one page, then each programme starts its own: a page whose first line is its heading.
        var firstLines = _r.Pages.Select(p => p.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0)).ToList();
        var starting = firstLines.Count(line => programmes.Any(t => line.StartsWith(t.Length > 30 ? t[..30] : t, StringComparison.Ordinal)));
        Assert.Equal(programmes.Count, starting);
        Assert.True(_r.Pages.Length >= programmes.Count + 1, $"{_r.Pages.Length} pages for {programmes.Count} programmes and the summary");
    }
}
