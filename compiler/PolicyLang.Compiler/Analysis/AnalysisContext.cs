using System.Collections.Immutable;
using PolicyLang.Analysis.Goals;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis;

/// <summary>
/// What a rule sees: the model, the options, facts computed once for all rules (the doelen and
/// the contribution hierarchy) and a place to report.
/// </summary>
public sealed class AnalysisContext(SemanticModel model, AnalysisOptions options, DiagnosticBag diagnostics)
{
    private ImmutableArray<GoalFacts>? _goals;
    private Dictionary<ElementSymbol, GoalFacts>? _goalByDoel;
    private ContributionGraph? _contributions;
    private Rules.Structure.NumberedSiblings? _numbering;

    public SemanticModel Model { get; } = model;
    public AnalysisOptions Options { get; } = options;

    /// <summary>Every doel of the kader with its facts, in source order.</summary>
    public ImmutableArray<GoalFacts> Goals => _goals ??= [.. Model.OfKind(ElementKind.Doel).Select(doel => GoalFacts.Of(Model, doel))];

    /// <summary>
    /// Everything that measures a doel, each with its own norm: every doel, then the <c>norm</c>s
    /// nested in them (issue 13 item 3). The measurability and target rules read these, so a
    /// norm is checked against its nulmeting and polarity exactly like a doel's own.
    /// </summary>
    public ImmutableArray<GoalFacts> Measures => _measures ??= [.. Goals, .. Goals.SelectMany(g => g.Doel.Children
        .Where(c => c.Kind == ElementKind.Norm).Select(norm => GoalFacts.Of(Model, norm) with { Owner = g.Doel }))];

    private ImmutableArray<GoalFacts>? _measures;

    public GoalFacts? GoalOf(ElementSymbol doel)
    {
        _goalByDoel ??= Goals.ToDictionary(g => g.Doel);
        return _goalByDoel.GetValueOrDefault(doel);
    }

    /// <summary>Who contributes to whom through <c>draagt bij aan</c>.</summary>
    public ContributionGraph Contributions => _contributions ??= new ContributionGraph(Model);

    /// <summary>The document's numbered elements in their lists (PL3021, PL3022).</summary>
    internal Rules.Structure.NumberedSiblings Numbering => _numbering ??= Rules.Structure.NumberedSiblings.Of(Model);

    /// <summary>The rule now running; it may report only its own descriptors.</summary>
    internal AnalysisRule? Rule { get; set; }

    public void Report(Diagnostic diagnostic)
    {
        // A rule reporting another's code would escape that code's configuration and suppressions: a bug, not an input problem.
        if (Rule is { } rule && !rule.Descriptors.Contains(diagnostic.Descriptor))
            throw new InvalidOperationException($"{rule.GetType().Name} reported {diagnostic.Code}, which is not among its descriptors.");
        diagnostics.Add(diagnostic);
    }
}
