using System.Collections.Immutable;
using PolicyLang.Binding;
using PolicyLang.Binding.Values;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Figures;

/// <summary>
/// PL3040 (issue 14 item 4): a percentage in the <c>waarde</c> of a feit, risico or besluit whose
/// base is not named ("extra budgetten (25% tot 35%)": of what?). A percentage has its base when it
/// is written <c>25% van Jeugdbudget</c> or <c>80% van "de cliënten"</c>, when the feit measures an
/// indicator (whose unit names the denominator, or PL3007 says it does not), or
/// when <c>gelijk aan</c> ties it to a cell or formula (the table says what it is a share of).
/// </summary>
public sealed class BareRelativeValueRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL3040", DiagnosticSeverity.Warning,
        "Percentage zonder basis", "Percentage without a base",
        "{0} '{1}' noemt {2} zonder te zeggen waarvan; schrijf '{2} van …' met het geheel (een element of \"tekst\").",
        "{0} '{1}' states {2} without saying of what; write '{2} van …' with the whole (an element or \"text\").");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Een percentage in een feit, risico of besluit zonder basis / a percentage in a feit, risico or besluit without its base";

    public override void Analyze(AnalysisContext context)
    {
        foreach (var element in context.Model.Elements)
        {
            if (element.Kind is not (ElementKind.Feit or ElementKind.Risico or ElementKind.Besluit) || element.Tree is null) continue;
            if (element.Value<QuantityValue>(FieldNames.Waarde) is not { Quantity.Kind: QuantityKind.Percentage, Base: null } value) continue;
            if (element.Field(FieldNames.GelijkAan) is not null || HasDenominator(context.Model, element)) continue;
            context.Report(Descriptor.Create(At(element, value.Span), Capitalized(element.Kind.Word()), element.DisplayName, element.Tree.Text.ToString(value.Span)));
        }
    }

    /// <summary>
    /// A feit of an indicator takes its base from the indicator's unit; an indicator without a
    /// denominator is PL3007's finding, so one gap stays one diagnostic.
    /// </summary>
    private static bool HasDenominator(SemanticModel model, ElementSymbol element) =>
        model.Targets(element, FieldNames.Indicator).FirstOrDefault() is not null;

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
