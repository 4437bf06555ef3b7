using System.Collections.Immutable;
using PolicyLang.Analysis.Rules.Budget;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Formulas;

/// <summary>
/// PL4014: a <c>feit</c> or <c>risico</c> whose figure is tied to a cell or formula with
/// <c>gelijk aan:</c>: two places of the document that state one quantity. Reported when no
/// rounding of either makes them equal (the bijlage's € 1,42 mln against the table's € 1.440.000).
/// </summary>
public sealed class SameFigureRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL4014", DiagnosticSeverity.Warning,
        "Cijfer wijkt af van de bron", "Figure differs from its source",
        "'{0}' vermeldt {1}, maar {2} geeft {3}: {4} {5}.{6}",
        "'{0}' states {1}, but {2} gives {3}: {4} {5}.{6}");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een feit of risico met 'gelijk aan' is gelijk aan die cel of formule / a feit or risico with 'gelijk aan' equals that cell or formula";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var kind in (ElementKind[])[ElementKind.Feit, ElementKind.Risico])
            foreach (var formula in FormulaChecks.Of(context, kind, FieldNames.GelijkAan))
            {
                var owner = formula.Owner;
                // A risico states an amount (bedrag) or another figure (waarde: a cut of 18%).
                var value0 = owner.Value<QuantityValue>(FieldNames.Waarde) ?? (kind == ElementKind.Risico ? owner.Value<QuantityValue>("bedrag") : null);
                if (value0 is not { } value || Figure.Read(value, owner.Tree!.Text, 1m) is not { } written) continue;
                if (new FormulaEvaluator(formula).Figure(formula.Syntax, new(null, null)) is not { } computed || !computed.Contradicts(written)) continue;
                var shown = new Quantity(written.Value, written.Kind);
                var other = new Quantity(computed.Value, written.Kind);
                var difference = FigureText.Show(new Quantity(Math.Abs(written.Value - computed.Value), written.Kind));
                context.Report(Descriptor.Create(written.Location, LineName.Of(owner), FigureText.Show(shown), FormulaChecks.Text(formula), FigureText.Show(other),
                    difference, FigureText.MoreLess(written.Value - computed.Value), FigureText.Rounding(computed.MarginWith(written), written.Kind)));
            }
    }
}
