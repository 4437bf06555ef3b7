using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Text;

namespace PolicyLang.Syntax.Formulas;

/// <summary>
/// A formula's tree, built by <see cref="FormulaParser"/> over tokens that stay in the lossless
/// syntax tree (the value's atoms). The formula tree holds only spans and the tokens it names:
/// the text, its trivia and its round-trip belong to the main tree, which never changes.
/// </summary>
public abstract record FormulaSyntax(TextSpan Span);

public enum FormulaOperator
{
    Add, Subtract, Multiply, Divide,
    Less, LessOrEqual, Greater, GreaterOrEqual, Equal,
    And, Or,
    Negate, Not,
}

/// <summary>A written figure: 10.000, € 1,42 mln, 25%. Value is after the scale word (mln, mld).</summary>
public sealed record NumberFormula(TextSpan Span, decimal Value, QuantityKind Kind, decimal WrittenValue, decimal ScaleFactor) : FormulaSyntax(Span);

/// <summary>
/// A name, a dotted path (Tabel.Rij, Tabel."Nederland") and an optional column in brackets
/// (Rij[2015], Tabel.Rij["aug-15"]). An empty path is the current row's column ([3]) in a table's formula.
/// </summary>
public sealed record ReferenceFormula(TextSpan Span, ImmutableArray<SyntaxToken> Path, SyntaxToken? Column) : FormulaSyntax(Span)
{
    /// <summary>The path as written, for messages: "UwvTabel.Nederland".</summary>
    public string PathText => string.Join('.', Path.Select(p => p.Kind == SyntaxKind.StringToken ? StringLiteral.ValueOf(p) : p.Text));
}

public sealed record UnaryFormula(TextSpan Span, FormulaOperator Operator, FormulaSyntax Operand) : FormulaSyntax(Span);

public sealed record BinaryFormula(TextSpan Span, FormulaOperator Operator, FormulaSyntax Left, FormulaSyntax Right) : FormulaSyntax(Span);

/// <summary>A percentage with its base: "25% van Jeugdbudget".</summary>
public sealed record PercentageOfFormula(TextSpan Span, NumberFormula Percentage, FormulaSyntax Base) : FormulaSyntax(Span);

public sealed record CallFormula(TextSpan Span, SyntaxToken Name, FormulaWord Function, ImmutableArray<FormulaSyntax> Arguments) : FormulaSyntax(Span);

public sealed record ParenthesizedFormula(TextSpan Span, FormulaSyntax Inner) : FormulaSyntax(Span);

/// <summary>
/// "elk(ScenarioUitkomsten vanaf 2018) &lt; 0": the comparison holds for every cell of the rows
/// the range names (a table's rows, or one row), in the columns from From through Through.
/// </summary>
public sealed record QuantifierFormula(TextSpan Span, ReferenceFormula Range, SyntaxToken? From, SyntaxToken? Through,
    FormulaOperator Comparator, FormulaSyntax Bound) : FormulaSyntax(Span);
