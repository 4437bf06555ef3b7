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
    // Formula operators and brackets (docs/language.md §formulas). Outside a formula field the
    // binder reads them as it reads any unexpected atom; '*' alone in a cell stays a missing value.
    PlusToken,
    SlashToken,
    OpenParenToken,
    CloseParenToken,
    OpenBracketToken,
    CloseBracketToken,
    DotToken,

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
