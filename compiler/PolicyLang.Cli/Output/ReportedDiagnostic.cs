using PolicyLang.Diagnostics;

namespace PolicyLang.Cli.Output;

/// <summary>A diagnostic with the path as it should be printed (relative to the working folder when inside it).</summary>
public sealed record ReportedDiagnostic(Diagnostic Diagnostic, string DisplayPath)
{
    public static string DisplayPathOf(string path)
    {
        if (string.IsNullOrEmpty(path)) return path;
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

/// <summary>Counts for the closing summary.</summary>
public sealed record CheckSummary(int Files, int Errors, int Warnings, int Infos);

public interface IDiagnosticReporter
{
    void Report(TextWriter output, IReadOnlyList<ReportedDiagnostic> diagnostics, CheckSummary summary, Taal taal);
}
