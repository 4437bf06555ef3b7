using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis;

/// <summary>What a rule sees: the model, the options and a place to report.</summary>
public sealed class AnalysisContext(SemanticModel model, AnalysisOptions options, DiagnosticBag diagnostics)
{
    public SemanticModel Model { get; } = model;
    public AnalysisOptions Options { get; } = options;

    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);
}
