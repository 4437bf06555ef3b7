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
    ThroughToken,          // t/m

    // Element keywords (reserved words)
    KaderKeyword,
    AmbitieKeyword,
    DoelKeyword,
    IndicatorKeyword,
    BegrotingKeyword,
    PostKeyword,
    TabelKeyword,
    RijKeyword,
    ScenarioKeyword,
    SpanningKeyword,
    UitgangspuntKeyword,
    KaderstellingKeyword,
    ThemaKeyword,
    MaatregelKeyword,
    RisicoKeyword,
    BesluitKeyword,
    WetKeyword,
    DocumentKeyword,
    FeitKeyword,

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
