using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis;

/// <summary>
/// One consistency rule: one class, one stable code, one default severity. A rule reads the
/// semantic model and reports through the context; its diagnostics come from
/// <see cref="DiagnosticBuilder"/> like every other. Rules never throw on half-bound models:
/// they skip what they cannot judge (a missing value is another rule's finding).
/// </summary>
public abstract class AnalysisRule
{
    public abstract string Code { get; }

    /// <summary>A one-line description for docs, configuration schema and hover.</summary>
    public abstract string Description { get; }

    public abstract void Analyze(AnalysisContext context);
}
