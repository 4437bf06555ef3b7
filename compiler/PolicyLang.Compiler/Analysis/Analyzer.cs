using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis;

/// <summary>
/// Runs every analysis rule over a semantic model, then applies the configuration: levels from
/// policylang.json and the suppression comments in the sources.
/// </summary>
public static class Analyzer
{
    public static ImmutableArray<Diagnostic> Run(SemanticModel model, AnalysisOptions options, ImmutableArray<AnalysisRule>? rules = null)
    {
        var found = new DiagnosticBag(model.Positions);
        var context = new AnalysisContext(model, options, found);
        foreach (var rule in rules ?? AnalysisRules.All)
        {
            context.Rule = rule;
            rule.Analyze(context);
        }
        context.Rule = null;

        var directiveProblems = new DiagnosticBag(model.Positions);
        // One table per file (the chunks of a file in the incremental analysis share it), keyed by
        // the file's text itself, not its path.
        var suppressions = new Dictionary<PolicyLang.Text.SourceText, Suppressions>(ReferenceEqualityComparer.Instance);
        foreach (var tree in model.Trees)
        {
            var file = model.Positions.FileOf(tree.Text);
            if (!suppressions.TryGetValue(file, out var ofFile)) suppressions[file] = ofFile = new Suppressions(file, model.Positions);
            ofFile.Read(tree, AnalysisRules.Codes, directiveProblems);
        }

        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in found.ToImmutable())
        {
            var level = options.LevelOf(diagnostic.Code);
            if (level == RuleLevel.Off) continue;
            if (suppressions.TryGetValue(model.Positions.FileOf(diagnostic.Location.Source), out var s) && s.Silences(diagnostic)) continue;
            result.Add(level is { } l ? diagnostic.WithSeverity(ToSeverity(l)) : diagnostic);
        }
        result.AddRange(directiveProblems.ToImmutable());
        return result.ToImmutable();
    }

    private static DiagnosticSeverity ToSeverity(RuleLevel level) => level switch
    {
        RuleLevel.Info => DiagnosticSeverity.Info,
        RuleLevel.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };
}
