using PolicyLang.Diagnostics;

namespace PolicyLang.Cli.Output;

/// <summary>The MSBuild/CI line format: path(line,col): error PL1234: message.</summary>
public sealed class TextReporter : IDiagnosticReporter
{
    public void Report(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, CheckSummary summary, Taal taal)
    {
        foreach (var (diagnostic, path) in diagnostics)
        {
            output.WriteLine($"{path}({diagnostic.Location.Start}): {SeverityWord(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message(taal)}");
            foreach (var related in diagnostic.Related)
                output.WriteLine($"    {ReportedDiagnostic.DisplayPathOf(related.Location.Path)}({related.Location.Start}): {related.Message(taal)}");
        }
        output.WriteLine(taal == Taal.En
            ? $"{summary.Files} file(s) checked: {summary.Errors} error(s), {summary.Warnings} warning(s), {summary.Infos} message(s)."
            : $"{summary.Files} bestand(en) gecontroleerd: {summary.Errors} fout(en), {summary.Warnings} waarschuwing(en), {summary.Infos} melding(en).");
    }

    /// <summary>MSBuild recognises only these English words, so they stay English in both languages.</summary>
    private static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
