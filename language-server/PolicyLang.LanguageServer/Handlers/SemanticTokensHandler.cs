using System.Text.Json;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.Syntax;
using PolicyLang.Text;
using L = PolicyLang.LanguageServer.Features.SemanticTokenLegend;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// textDocument/semanticTokens/full: keywords, declared ids, references (built-in wetten marked
/// defaultLibrary), field names, strings, figures, comments and operators, from the tree and the
/// model, so colours follow meaning ("indicator" as a field name is not the keyword).
/// </summary>
public sealed class SemanticTokensHandler : IRequestHandler
{
    public string Method => "textDocument/semanticTokens/full";

    public object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken)
    {
        var request = LspJson.Read<DocumentParams>(parameters);
        if (context.Find(request.TextDocument.Uri) is not var (folder, file)) return new SemanticTokens([]);
        var references = new Dictionary<int, bool>(); // start → resolves to a built-in
        foreach (var reference in folder.Compilation.Model.References)
            if (ReferenceEquals(reference.Tree, file.Tree)) references[reference.Span.Start] = reference.Target?.IsBuiltin ?? false;

        var encoder = new Encoder(file.Text);
        foreach (var token in file.Tree.Root.DescendantTokens())
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var trivia in token.LeadingTrivia)
                if (trivia.Kind == SyntaxKind.CommentTrivia) encoder.Add(trivia.Span, L.Comment, 0);
            if (token.IsMissing || token.Span.Length == 0) continue;
            if (Classify(token, references) is var (type, modifiers)) encoder.Add(token.Span, type, modifiers);
        }
        return new SemanticTokens([.. encoder.Data]);
    }

    private static (int Type, int Modifiers)? Classify(SyntaxToken token, Dictionary<int, bool> references)
    {
        if (references.TryGetValue(token.Start, out var builtin)) return (L.Variable, builtin ? L.DefaultLibrary : 0);
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
                or SyntaxKind.GreaterToken or SyntaxKind.GreaterEqualsToken or SyntaxKind.EqualsToken or SyntaxKind.MinusToken => (L.Operator, 0),
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
