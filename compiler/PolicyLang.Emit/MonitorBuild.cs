using PolicyLang.Diagnostics;

namespace PolicyLang.Emit;

/// <summary>What building a kader gives: the policy's own errors (nothing built), or the compiled monitor.</summary>
public sealed record MonitorBuildResult(IReadOnlyList<Diagnostic> PolicyErrors, CompiledMonitor? Monitor)
{
    public bool Success => PolicyErrors.Count == 0 && Monitor is { Success: true };
}

/// <summary>The back end's entry point: a front-end compilation in, a monitor assembly out, in memory.</summary>
public static class MonitorBuild
{
    public static MonitorBuildResult Build(Compilation compilation)
    {
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) return new MonitorBuildResult(errors, null);
        if (compilation.Model.Kader is null) return new MonitorBuildResult([], null);
        var generated = MonitorSourceGenerator.Generate(compilation.Model);
        return new MonitorBuildResult([], MonitorCompiler.Compile(generated));
    }
}
