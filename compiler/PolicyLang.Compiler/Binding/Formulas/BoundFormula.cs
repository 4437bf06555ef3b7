using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Syntax.Formulas;

namespace PolicyLang.Binding.Formulas;

/// <summary>What one name of a formula stands for.</summary>
/// <param name="Element">A row, table, feit, indicator or post; null for a bare column of the row being checked ([3]).</param>
/// <param name="Column">The zero-based column the brackets name, or null for all columns (a row, per column).</param>
public sealed record FormulaTarget(ElementSymbol? Element, int? Column);

/// <summary>
/// A formula of one field after binding: its syntax, what every name resolved to (by the
/// reference node itself), and the type of the whole. Made by <see cref="FormulaBinder"/>, kept by
/// the <see cref="SemanticModel"/> (a formula's names, like all references, are the model's).
/// </summary>
public sealed class BoundFormula(ElementSymbol owner, string field, FormulaValue value, FormulaType type,
    ImmutableDictionary<ReferenceFormula, FormulaTarget> targets, bool hasErrors)
{
    public ElementSymbol Owner { get; } = owner;
    public string Field { get; } = field;
    public FormulaValue Value { get; } = value;
    public FormulaSyntax Syntax => Value.Formula;
    public FormulaType Type { get; } = type;
    /// <summary>True when binding reported something: the rules and the emitter leave the formula alone.</summary>
    public bool HasErrors { get; } = hasErrors;

    private readonly ImmutableDictionary<ReferenceFormula, FormulaTarget> _targets = targets;

    public FormulaTarget? TargetOf(ReferenceFormula reference) => _targets.GetValueOrDefault(reference);
}
