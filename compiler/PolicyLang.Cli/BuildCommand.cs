using PolicyLang.Cli.Output;
using PolicyLang.Diagnostics;
using PolicyLang.Emit;

namespace PolicyLang.Cli;

/// <summary>
/// policylang build: compile one kader folder into a monitor assembly (.dll + .pdb). Refuses, with
/// the diagnostics, when the kader has errors. Exit 0 built, 1 errors in the sources (or a C#
/// error in generated code, which is a compiler bug), 2 usage or I/O problem.
/// </summary>
public static class BuildCommand
{
    /// <param name="showDiagnostics">Also print the warnings and messages of a kader that builds
    /// (--meldingen; the MSBuild task uses it so warnings reach the build log).</param>
    public static int Run(string folder, string outputDir, bool writeCSharp, Taal taal, TextWriter output, bool showDiagnostics = false)
    {
        var build = BuildFolder(folder, taal, output, out var failure, showDiagnostics);
        if (build is null) return failure;
        var monitor = build.Monitor!;
        Directory.CreateDirectory(outputDir);
        var dll = Path.Combine(outputDir, monitor.AssemblyFileName);
        var pdb = Path.Combine(outputDir, monitor.PdbFileName);
        File.WriteAllBytes(dll, monitor.Assembly);
        File.WriteAllBytes(pdb, monitor.Pdb);
        if (writeCSharp) File.WriteAllText(Path.Combine(outputDir, monitor.Source.FileName), monitor.Source.Code);
        output.WriteLine(taal == Taal.En ? $"built {ReportedDiagnostic.DisplayPathOf(dll)} and {Path.GetFileName(pdb)}" : $"gebouwd: {ReportedDiagnostic.DisplayPathOf(dll)} en {Path.GetFileName(pdb)}");
        return 0;
    }

    /// <summary>Compiles a folder in memory; on failure prints why and sets the exit code.</summary>
    public static MonitorBuildResult? BuildFolder(string folder, Taal taal, TextWriter output, out int failure, bool showDiagnostics = false)
    {
        failure = 0;
        if (!Directory.Exists(folder))
            throw new UserError($"'{folder}' is geen map met .beleid-bestanden", $"'{folder}' is not a folder of .beleid files");
        if (!Directory.EnumerateFiles(folder, "*" + SourceLoader.Extension).Any())
            throw new UserError($"geen {SourceLoader.Extension}-bestanden in '{folder}'", $"no {SourceLoader.Extension} files in '{folder}'");
        var compilation = SourceLoader.LoadFolder(Path.GetFullPath(folder));
        var result = MonitorBuild.Build(compilation);
        if (result.PolicyErrors.Count > 0 || showDiagnostics)
            ReportDiagnostics(compilation, taal, output);
        if (result.PolicyErrors.Count > 0)
        {
            output.WriteLine(taal == Taal.En ? "not built: the kader has errors" : "niet gebouwd: het kader bevat fouten");
            failure = 1;
            return null;
        }
        if (result.Monitor is null)
        {
            output.WriteLine(taal == Taal.En ? $"not built: '{folder}' declares no kader" : $"niet gebouwd: '{folder}' bevat geen kader");
            failure = 1;
            return null;
        }
        if (!result.Monitor.Success)
        {
            foreach (var error in result.Monitor.Errors) output.WriteLine(error.ToString());
            output.WriteLine(taal == Taal.En
                ? "not built: the generated C# does not compile. This is a bug in PolicyLang, not in the kader; please report it with the lines above."
                : "niet gebouwd: de gegenereerde C# compileert niet. Dit is een fout in PolicyLang, niet in het kader; meld het met de regels hierboven.");
            failure = 1;
            return null;
        }
        return result;
    }

    private static void ReportDiagnostics(Compilation compilation, Taal taal, TextWriter output)
    {
        var reported = compilation.Diagnostics
            .Select(d => new ReportedDiagnostic(d, ReportedDiagnostic.DisplayPathOf(d.Location.Path))).ToList();
        new TextReporter().Report(output, reported, new CheckSummary(compilation.Trees.Length,
            reported.Count(d => d.Diagnostic.IsError), reported.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Warning),
            reported.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Info)), taal);
    }
}
