using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Analysis;

/// <summary>
/// One consistency rule: one class, one stable code. A rule declares the descriptors of what it
/// reports (<see cref="Descriptors"/>; the code and the default severity are theirs) and reports
/// only those, through the context (which checks it). Rules are found by
/// <see cref="AnalysisRules"/>, not listed. Rules never throw on half-bound models: they skip what
/// they cannot judge (a missing value is another rule's finding).
/// </summary>
public abstract class AnalysisRule
{
    /// <summary>What this rule reports; the first is its own code.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The rule's code: the code of its first descriptor.</summary>
    public string Code => Descriptors[0].Code;

    /// <summary>What the rule judges, in one line: the configuration schema's description of its level.</summary>
    public abstract string Description { get; }

    public abstract void Analyze(AnalysisContext context);

    /// <summary>A place inside an element's own file.</summary>
    protected static Location At(ElementSymbol element, TextSpan span) => new(element.Tree!.Text, span);

    /// <summary>The element's id (or keyword): where findings about the whole element point.</summary>
    protected static Location At(ElementSymbol element) => element.Location!;

    /// <summary>The place of a whole field (name to last value) of an element.</summary>
    protected static Location At(ElementSymbol element, BoundField field) => new(element.Tree!.Text, field.Syntax.Span);
}
