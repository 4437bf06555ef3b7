namespace PolicyLang.LanguageServer.Handlers;

/// <summary>Every request handler of the server; one class per LSP method.</summary>
public static class HandlerRegistry
{
    public static IEnumerable<IRequestHandler> All() =>
    [
        new CompletionHandler(),
        new HoverHandler(),
        new DefinitionHandler(),
        new ReferencesHandler(),
        new PrepareRenameHandler(),
        new RenameHandler(),
        new DocumentSymbolHandler(),
        new WorkspaceSymbolHandler(),
        new FoldingRangeHandler(),
        new SemanticTokensHandler(),
        new FormattingHandler(),
        new CodeActionHandler(),
        new InlayHintHandler(),
        new SignatureHelpHandler(),
        new DocumentDiagnosticHandler(),
    ];
}
