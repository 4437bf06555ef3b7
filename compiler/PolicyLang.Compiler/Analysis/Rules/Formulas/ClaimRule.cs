using System.Collections.Immutable;
using PolicyLang.Analysis.Rules.Budget;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Formulas;

/// <summary>
/// PL4013: a <c>bewering</c> is a sentence of the document with the formula it claims. The
/// checker evaluates the formula over the tables with their rounding; when no rounding makes it
/// hold, it says where and by how much ("'UitkomstScenario2' is in kolom 2017 al € -75.000").
/// A claim that cannot be evaluated (a name without figures, a missing value) is not judged.
/// </summary>
public sealed class ClaimRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4013", DiagnosticSeverity.Warning,
        "Bewering klopt niet", "Claim does not hold",
        "De bewering '{0}' klopt niet met de cijfers: {1}.",
        "The claim '{0}' does not hold for the figures: {1}.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een bewering moet kloppen met de tabellen / a claim must hold for the tables";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var formula in FormulaChecks.Of(context, ElementKind.Bewering, FieldNames.Formule))
        {
            var evaluator = new FormulaEvaluator(formula);
            if (evaluator.Truth(formula.Syntax, new(null, null)) != Verdict.Fails) continue;
            var claim = formula.Owner.Title.Length > 80 ? formula.Owner.Title[..80] + "…" : formula.Owner.Title;
            var where = evaluator.Counterexample is { } counter ? Where(counter) : new Phrase($"{FormulaChecks.Text(formula)} geldt niet", $"{FormulaChecks.Text(formula)} does not hold");
            var at = formula.Owner.Syntax?.Titles.FirstOrDefault() is { } title ? new Location(formula.Owner.Tree!.Text, title.Span) : new Location(formula.Owner.Tree!.Text, formula.Syntax.Span);
            var diagnostic = Descriptor.Create(at, claim, where);
            if (evaluator.Counterexample is { } c) diagnostic = diagnostic.WithRelated([c.Cell.Location], "hier niet", "not here");
            context.Report(diagnostic);
        }
    }

    private static Phrase Where(Counterexample counter)
    {
        var (nl, en) = TableRows.ColumnLabel(counter.Row, counter.Column);
        var value = FigureText.Show(new Quantity(counter.Cell.Value, counter.Cell.Kind));
        var row = LineName.Of(counter.Row);
        return new Phrase($"'{row}' is in {nl} al {value}", $"'{row}' is already {value} in {en}");
    }
}
