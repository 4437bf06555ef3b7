using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Syntax;
using PolicyLang.Text;
using L = PolicyLang.LanguageServer.Features.SemanticTokenLegend;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/semanticTokens/full: keywords, declared ids, references (built-in wetten marked
/// defaultLibrary), field names, strings, figures, comments and operators, from the tree and the
/// model, so colours follow meaning ("indicator" as a field name is not the keyword). Inside a
/// formula (the values the binder read as one, <c>model.Formulas</c>) the formula words are
/// functions (som, verandering) or keywords (en, of, niet, elk, vanaf, van), names are variables and
/// brackets, parentheses and dots are operators (issue 14 item 5).
/// </summary>
public sealed class SemanticTokensHandler : IRequestHandler
{
    public string Method => "textDocument/semanticTokens/full";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<DocumentParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return new SemanticTokens([]);
        var coordinates = new EditorCoordinates(folder);
        if (coordinates.FileOf(file) is not { } chunks) return new SemanticTokens([]);
        var references = new Dictionary<int, bool>(); // start in the file → resolves to a built-in
        foreach (var reference in folder.Model.References)
            if (coordinates.IsIn(reference.Tree, file)) references[coordinates.ToFileOffset(reference.Tree.Text, reference.Span.Start)] = reference.Target?.IsBuiltin ?? false;

        var formulas = new List<(int Start, int End)>(); // formula values, in file offsets
        foreach (var formula in folder.Model.Formulas)
            if (formula.Owner.Tree is { } tree && coordinates.IsIn(tree, file))
                formulas.Add((coordinates.ToFileOffset(tree.Text, formula.Value.Span.Start), coordinates.ToFileOffset(tree.Text, formula.Value.Span.End)));

        // The chunks' tokens in order, moved to file offsets, are the whole file's tokens.
        var encoder = new Encoder(chunks.Text);
        for (var i = 0; i < chunks.Chunks.Length; i++)
        {
            var start = chunks.Starts[i];
            foreach (var token in chunks.Chunks[i].Root.DescendantTokens())
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var trivia in token.LeadingTrivia)
                    if (trivia.Kind == SyntaxKind.CommentTrivia) encoder.Add(Moved(trivia.Span, start), L.Comment, 0);
                if (token.IsMissing || token.Span.Length == 0) continue;
                var classified = InFormula(formulas, start + token.Start) ? ClassifyInFormula(token) : Classify(token, start + token.Start, references);
                if (classified is var (type, modifiers)) encoder.Add(Moved(token.Span, start), type, modifiers);
            }
        }
        return new SemanticTokens([.. encoder.Data]);
    }

    private static TextSpan Moved(TextSpan span, int by) => new(span.Start + by, span.Length);

    private static bool InFormula(List<(int Start, int End)> formulas, int at)
    {
        foreach (var (from, to) in formulas)
            if (at >= from && at < to) return true;
        return false;
    }

    /// <summary>A token of a formula: its words by the vocabulary's formula words, names, figures and operators.</summary>
    private static (int Type, int Modifiers)? ClassifyInFormula(SyntaxToken token)
    {
        if (token.Kind == SyntaxKind.IdentifierToken && ValueWords.FormulaWords.Find(token.Text) is { } word)
            return word.Meaning is FormulaWord.Sum or FormulaWord.Average or FormulaWord.Change or FormulaWord.Count or FormulaWord.Min or FormulaWord.Max
                ? (L.Function, 0) : (L.Keyword, 0);
        return token.Kind switch
        {
            SyntaxKind.IdentifierToken or SyntaxKind.StringToken => (L.Variable, 0),
            SyntaxKind.NumberToken => (L.Number, 0),
            SyntaxKind.OpenBracketToken or SyntaxKind.CloseBracketToken or SyntaxKind.OpenParenToken or SyntaxKind.CloseParenToken or SyntaxKind.DotToken
                or SyntaxKind.EuroToken or SyntaxKind.PercentToken or SyntaxKind.ThroughToken or SyntaxKind.LessToken or SyntaxKind.LessEqualsToken
                or SyntaxKind.GreaterToken or SyntaxKind.GreaterEqualsToken or SyntaxKind.EqualsToken or SyntaxKind.MinusToken or SyntaxKind.StarToken
                or SyntaxKind.PlusToken or SyntaxKind.SlashToken => (L.Operator, 0),
            _ => null,
        };
    }

    private static (int Type, int Modifiers)? Classify(SyntaxToken token, int fileStart, Dictionary<int, bool> references)
    {
        if (references.TryGetValue(fileStart, out var builtin)) return (L.Variable, builtin ? L.DefaultLibrary : 0);
        switch (token.Parent)
        {
            case ElementSyntax element when ReferenceEquals(element.Keyword, token):
                return (L.Keyword, 0);
            case ElementSyntax element when ReferenceEquals(element.Identifier, token):
                return (L.Class, L.Declaration);
            case FieldSyntax field when field.NameWords.Contains(token):
                return (L.Property, 0);
        }
        return token.Kind switch
        {
            SyntaxKind.StringToken => (L.String, 0),
            SyntaxKind.NumberToken or SyntaxKind.DateToken or SyntaxKind.SectionToken => (L.Number, 0),
            SyntaxKind.EuroToken or SyntaxKind.PercentToken or SyntaxKind.ThroughToken or SyntaxKind.LessToken or SyntaxKind.LessEqualsToken
                or SyntaxKind.GreaterToken or SyntaxKind.GreaterEqualsToken or SyntaxKind.EqualsToken or SyntaxKind.MinusToken or SyntaxKind.StarToken
                or SyntaxKind.PlusToken or SyntaxKind.SlashToken => (L.Operator, 0),
            SyntaxKind.IdentifierToken when token.Parent is ValueSyntax => (L.EnumMember, 0),
            _ => null,
        };
    }

    /// <summary>The LSP relative encoding: per token deltaLine, deltaStart, length, type, modifiers.</summary>
    private sealed class Encoder(SourceText text)
    {
        private int _line;
        private int _character;
        public List<int> Data { get; } = [];

        public void Add(TextSpan span, int type, int modifiers)
        {
            var start = text.GetLinePosition(span.Start);
            var deltaLine = start.Line - _line;
            var deltaStart = deltaLine == 0 ? start.Character - _character : start.Character;
            Data.AddRange([deltaLine, deltaStart, span.Length, type, modifiers]);
            _line = start.Line;
            _character = start.Character;
        }
    }
}
