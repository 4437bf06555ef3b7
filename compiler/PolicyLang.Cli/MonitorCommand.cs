using PolicyLang.Cli.Monitoring;
using PolicyLang.Cli.Reports;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;
using Spectre.Console;

namespace PolicyLang.Cli;

/// <summary>The options of policylang monitor.</summary>
public sealed record MonitorOptions(string Source, string Measurements, int? Peiljaar, string? Html, string? Json, string? Markdown, string? FailOn, string? Gemeente, Taal Taal);

/// <summary>
/// policylang monitor: build (or load) a monitor, read measurements, judge every doel, print the
/// stoplicht table and write the reports. Exit 0 done, 1 errors in the kader or the measurements,
/// 2 usage or I/O problem, 3 a doel is at or worse than the --faal-bij colour (or, with --faal-bij
/// toelichting, a rood or oranje doel has no explanation).
/// </summary>
public static class MonitorCommand
{
    public const int ThresholdReached = 3;

    public static int Run(MonitorOptions options, TextWriter output, IAnsiConsole console)
    {
        var english = options.Taal == Taal.En;
        if (!File.Exists(options.Measurements))
            throw new UserError($"metingenbestand '{options.Measurements}' bestaat niet", $"measurement file '{options.Measurements}' does not exist");
        var monitor = LoadMonitor(options, output, out var failure);
        if (monitor is null) return failure;

        // The kader's sources, read once: the report's programmes (maatregelen, begroting) and the post rows of the measurements need them.
        var sources = new Lazy<PolicyLang.Binding.SemanticModel?>(() => SemanticModelOf(options.Source));
        var read = MeasurementReader.Read(options.Measurements, monitor, options.Gemeente, new BudgetPosts(() => sources.Value));
        foreach (var warning in read.Warnings) output.WriteLine(warning.Format(english));
        if (!read.Success)
        {
            foreach (var error in read.Errors) output.WriteLine(error.Format(english));
            output.WriteLine(english ? $"{read.Errors.Count} error(s) in the measurements; nothing judged" : $"{read.Errors.Count} fout(en) in de metingen; niets beoordeeld");
            return 1;
        }
        if (read.OtherGemeente > 0)
            output.WriteLine(english ? $"note: {read.OtherGemeente} row(s) of other gemeenten left out (--gemeente {options.Gemeente})" : $"let op: {read.OtherGemeente} rij(en) van andere gemeenten niet meegenomen (--gemeente {options.Gemeente})");

        if (read.Missing > 0)
            output.WriteLine(english ? $"note: {read.Missing} measurement(s) declared missing (nb, n.v.t., *, …); shown in the report, not judged" : $"let op: {read.Missing} meting(en) als ontbrekend opgegeven (nb, n.v.t., *, …); getoond in het rapport, niet beoordeeld");

        var result = monitor.Run(read.Data, options.Peiljaar);
        var report = new MonitorReport(result, read.Data, Path.GetFileName(options.Measurements), english);
        ConsoleReport.Write(console, report);
        // The report model is built once.
        var model = ReportBuilder.Build(report, read.Explanations, sources.Value, read.Comparisons, read.Realisation);
        foreach (var finding in model.Findings) output.WriteLine((english ? "finding: " : "bevinding: ") + finding.Message);
        if (options.Html is { } html) WriteReport(html, model);
        if (options.Markdown is { } md) WriteFile(md, MarkdownRenderer.Render(model));
        if (options.Json is { } json)
        {
            using var stream = File.Create(json);
            JsonRenderer.Write(stream, model);
        }

        if (options.FailOn == FailOnExplanation)
        {
            if (model.Findings.Count > 0)
            {
                output.WriteLine(english ? $"{model.Findings.Count} red or orange goal(s) without an explanation: failing (--faal-bij {options.FailOn})" : $"{model.Findings.Count} rode of oranje doel(en) zonder toelichting: mislukt (--faal-bij {options.FailOn})");
                return ThresholdReached;
            }
            return 0;
        }
        var threshold = options.FailOn switch { "rood" => Colour.Red, "oranje" => Colour.Orange, _ => (Colour?)null };
        if (threshold is { } t)
        {
            // A parent measured through its subdoelen repeats their colours: counted once, at the subdoel.
            var hits = result.Outcomes.Values.Count(o => !o.FromSubgoals && (o.Colour == Colour.Red || (t == Colour.Orange && o.Colour == Colour.Orange)));
            if (hits > 0)
            {
                output.WriteLine(english ? $"{hits} goal(s) {t.Label(true)}{(t == Colour.Orange ? " or red" : "")}: failing (--faal-bij {options.FailOn})" : $"{hits} doel(en) {t.Label()}{(t == Colour.Orange ? " of rood" : "")}: mislukt (--faal-bij {options.FailOn})");
                return ThresholdReached;
            }
        }
        return 0;
    }

    private static KaderMonitor? LoadMonitor(MonitorOptions options, TextWriter output, out int failure)
    {
        failure = 0;
        if (File.Exists(options.Source) && options.Source.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return MonitorHost.Load(Path.GetFullPath(options.Source), collectible: false);
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidDataException or FileLoadException)
            {
                throw new UserError($"'{options.Source}' is geen PolicyLang-monitor: {e.Message}", $"'{options.Source}' is not a PolicyLang monitor: {e.Message}");
            }
        }
        return Caching.CachedMonitor.Load(options.Source, options.Taal, output, out failure);
    }

    /// <summary>--faal-bij toelichting: fail when a rood or oranje doel has no explanation for its judged year.</summary>
    public const string FailOnExplanation = "toelichting";

    /// <summary>--rapport writes the format its extension names: .md Markdown, .json JSON, anything else HTML.</summary>
    private static void WriteReport(string path, ReportModel model)
    {
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) WriteFile(path, MarkdownRenderer.Render(model));
        else if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.Create(path);
            JsonRenderer.Write(stream, model);
        }
        else WriteFile(path, HtmlRenderer.Render(model));
    }

    /// <summary>The kader's semantic model when the source is a folder (a built .dll has none): read again, never rebuilt.</summary>
    private static PolicyLang.Binding.SemanticModel? SemanticModelOf(string source) =>
        Directory.Exists(source) ? SourceLoader.LoadFolder(Path.GetFullPath(source)).Model : null;

    private static void WriteFile(string path, string text)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllText(path, text);
    }
}
