using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

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

    /// <summary>A place inside an element's own file.</summary>
    protected static Location At(ElementSymbol element, TextSpan span) => new(element.Tree!.Text, span);

    /// <summary>The element's id (or keyword): where findings about the whole element point.</summary>
    protected static Location At(ElementSymbol element) => element.Location!;

    /// <summary>The place of a whole field (name to last value) of an element.</summary>
    protected static Location At(ElementSymbol element, BoundField field) => new(element.Tree!.Text, field.Syntax.Span);
}
