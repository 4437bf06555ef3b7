using Pidgin;
using PolicyLang.Diagnostics;
using PolicyLang.Text;

namespace PolicyLang.Syntax.Formulas;

/// <summary>The formula of one value, or the one syntax error that stopped it.</summary>
public sealed record FormulaParseResult(FormulaSyntax? Formula, Diagnostic? Error);

/// <summary>
/// Parses the tokens of a formula value with <see cref="FormulaGrammar"/>. The tokens are the
/// value's atoms, already in the lossless tree: parsing a formula adds a view, never changes the
/// tree. A syntax error is one diagnostic (PL1062 or PL1063) at the token where the grammar
/// stopped; the rest of the file is not touched. Never throws.
/// </summary>
public static class FormulaParser
{
    /// <summary>Pidgin recurses per '(' and per "van"; deeper than this no formula is meant, and the stack stays bounded.</summary>
    internal const int MaxDepth = 32;

    /// <summary>The token that makes the formula too deep, if any.</summary>
    private static SyntaxToken? TooDeep(IReadOnlyList<SyntaxToken> tokens)
    {
        int depth = 0, nested = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == SyntaxKind.OpenParenToken) depth++;
            else if (token.Kind == SyntaxKind.CloseParenToken) depth = Math.Max(0, depth - 1);
            else if (token.Kind == SyntaxKind.IdentifierToken && token.Chars.SequenceEqual("van")) nested++;
            if (depth + nested > MaxDepth) return token;
        }
        return null;
    }

    public static FormulaParseResult Parse(IReadOnlyList<SyntaxToken> tokens, SourceText source)
    {
        if (tokens.Count == 0) return new(null, null); // an empty value has its own diagnostic (PL1009)
        if (TooDeep(tokens) is { } deep)
            return new(null, SyntaxDescriptors.FormulaUnexpectedToken.Create(new Location(source, deep.Span), deep.Text,
                new Phrase($"een formule van hoogstens {MaxDepth} niveaus diep", $"a formula at most {MaxDepth} levels deep")));
        var result = FormulaGrammar.Formula.ParseReadOnlyList(tokens);
        if (result.Success) return new(result.Value, null);

        var error = result.Error!;
        var expected = FormulaExpectations.Describe(error.Expected.Select(e => e.IsEof ? FormulaExpectations.End : e.Label ?? FormulaExpectations.Operand));
        if (error.Unexpected.HasValue && !error.EOF)
        {
            var token = error.Unexpected.Value;
            var text = token.Text.Length > 40 ? token.Text[..40] + "…" : token.Text;
            return new(null, SyntaxDescriptors.FormulaUnexpectedToken.Create(new Location(source, token.Span), text, expected));
        }
        var end = tokens[^1].End;
        return new(null, SyntaxDescriptors.FormulaIncomplete.Create(new Location(source, new TextSpan(end, 0)), expected));
    }
}
