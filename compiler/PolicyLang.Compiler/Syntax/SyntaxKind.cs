namespace PolicyLang.Syntax;

public enum SyntaxKind
{
    // Tokens
    EndOfFileToken,
    BadToken,
    IdentifierToken,
    StringToken,
    NumberToken,
    DateToken,
    SectionToken,
    OpenBraceToken,
    CloseBraceToken,
    ColonToken,
    CommaToken,
    EuroToken,
    PercentToken,
    LessToken,
    LessEqualsToken,
    GreaterToken,
    GreaterEqualsToken,
    EqualsToken,
    MinusToken,
    StarToken,             // '*': a figure suppressed for privacy (a missing-value code)
    ThroughToken,          // t/m

    // An element keyword (a reserved word); the token's ElementKind says which (ElementSchemas.All)
    ElementKeyword,

    // Trivia
    WhitespaceTrivia,
    EndOfLineTrivia,
    CommentTrivia,

    // Nodes
    CompilationUnit,
    Element,
    Block,
    Field,
    ValueList,
    Value,
    SkippedTokens,
}
