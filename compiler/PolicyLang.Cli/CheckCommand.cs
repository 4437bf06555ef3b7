using PolicyLang.Analysis;
using PolicyLang.Cli.Output;
using PolicyLang.Diagnostics;

namespace PolicyLang.Cli;

/// <summary>policylang check: compile each folder and print its diagnostics. Exit 0 clean, 1 with errors.</summary>
public static class CheckCommand
{
    public static int Run(IReadOnlyList<string> paths, string format, Taal taal, TextWriter output)
    {
        IDiagnosticReporter reporter = format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            "text" => new TextReporter(),
            _ => throw new UserError($"onbekend formaat '{format}' (kies text, json of sarif)", $"unknown format '{format}' (choose text, json or sarif)"),
        };

        var sets = SourceLoader.Load(paths);
        var reported = new List<ReportedDiagnostic>();
        var files = 0;
        foreach (var set in sets)
        {
            files += set.OnlyFiles?.Count ?? set.Compilation.Trees.Length;
            foreach (var diagnostic in set.Compilation.Diagnostics)
            {
                if (set.OnlyFiles is not null && !set.OnlyFiles.Contains(diagnostic.Location.Path) && !diagnostic.Location.Path.EndsWith(AnalysisOptions.FileName, StringComparison.Ordinal)) continue;
                reported.Add(new ReportedDiagnostic(diagnostic, ReportedDiagnostic.DisplayPathOf(diagnostic.Location.Path)));
            }
        }

        var summary = new CheckSummary(
            files,
            reported.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Error),
            reported.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Warning),
            reported.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Info));
        reporter.Report(output, reported, summary, taal);
        return summary.Errors > 0 ? 1 : 0;
    }
}
