using PolicyLang.Binding;
using PolicyLang.Binding.Formulas;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Syntax.Formulas;
using static PolicyLang.Emit.CSharpText;

namespace PolicyLang.Emit;

/// <summary>
/// A computed indicator's formula as one C# expression over <c>FormulaResult</c> (decimal
/// arithmetic in the runtime, which turns a missing operand or a division by zero into a missing
/// value). Numbers are written invariantly (<see cref="CSharpText.Decimal"/>), indicator ids as
/// string literals (<see cref="CSharpText.String"/>): nothing of the policy text is written as
/// code. Null when the formula holds something a series cannot have (a table cell, a claim).
/// </summary>
internal static class FormulaEmitter
{
    /// <summary>The expression and the indicators it reads, or null.</summary>
    public static (string Expression, IReadOnlyList<string> Operands)? Emit(BoundFormula formula)
    {
        if (formula.HasErrors) return null;
        var operands = new List<string>();
        var expression = Expression(formula, formula.Syntax, operands, depth: 0);
        return expression is null ? null : (expression, operands.Distinct().ToList());
    }

    private static string? Expression(BoundFormula formula, FormulaSyntax syntax, List<string> operands, int depth)
    {
        // The parser bounds nesting (FormulaParser.MaxDepth); long flat chains are left-nested here, so keep a guard.
        if (depth > 200) return null;
        string? Sub(FormulaSyntax s) => Expression(formula, s, operands, depth + 1);
        switch (syntax)
        {
            case NumberFormula number:
                return $"FormulaResult.Of({Decimal(number.Value)})";
            case ParenthesizedFormula parenthesized:
                return Sub(parenthesized.Inner);
            case ReferenceFormula reference when formula.TargetOf(reference) is { Element: { Kind: ElementKind.Indicator, Id: { } id }, Column: null }:
                operands.Add(id);
                return $"s.Get({String(id)})";
            case UnaryFormula { Operator: FormulaOperator.Negate } unary:
                return Sub(unary.Operand) is { } operand ? $"FormulaResult.Negate({operand})" : null;
            case PercentageOfFormula percentage:
                return Sub(percentage.Base) is { } @base ? $"FormulaResult.PercentOf({Decimal(percentage.Percentage.Value)}, {@base})" : null;
            case BinaryFormula binary:
            {
                var method = binary.Operator switch
                {
                    FormulaOperator.Add => "Add",
                    FormulaOperator.Subtract => "Subtract",
                    FormulaOperator.Multiply => "Multiply",
                    FormulaOperator.Divide => "Divide",
                    _ => null,
                };
                if (method is null || Sub(binary.Left) is not { } left || Sub(binary.Right) is not { } right) return null;
                return $"FormulaResult.{method}({left}, {right})";
            }
            case CallFormula call:
            {
                var method = call.Function switch
                {
                    FormulaWord.Sum => "Sum",
                    FormulaWord.Average => "Average",
                    FormulaWord.Min => "Min",
                    FormulaWord.Max => "Max",
                    FormulaWord.Change when call.Arguments.Length == 2 => "Change",
                    _ => null,
                };
                if (method is null || call.Arguments.IsEmpty) return null;
                var arguments = new List<string>();
                foreach (var argument in call.Arguments)
                {
                    if (Sub(argument) is not { } a) return null;
                    arguments.Add(a);
                }
                return $"FormulaResult.{method}({string.Join(", ", arguments)})";
            }
            default:
                return null;
        }
    }
}
