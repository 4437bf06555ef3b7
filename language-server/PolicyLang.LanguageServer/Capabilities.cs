using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Handlers;

namespace PolicyLang.LanguageServer;

/// <summary>The answer to initialize: what this server can do.</summary>
public static class Capabilities
{
    public static object For(ServerSettings settings) => new
    {
        capabilities = new
        {
            positionEncoding = "utf-16",
            textDocumentSync = new { openClose = true, change = 2, save = new { includeText = false } },
            completionProvider = new { triggerCharacters = new[] { ":", "," }, resolveProvider = false },
            hoverProvider = true,
            definitionProvider = true,
            referencesProvider = true,
            renameProvider = new { prepareProvider = true },
            documentSymbolProvider = true,
            workspaceSymbolProvider = true,
            foldingRangeProvider = true,
            semanticTokensProvider = new
            {
                legend = new { tokenTypes = SemanticTokenLegend.Types, tokenModifiers = SemanticTokenLegend.Modifiers },
                full = true,
            },
            documentFormattingProvider = true,
            codeActionProvider = new { codeActionKinds = new[] { "quickfix" } },
            inlayHintProvider = true,
            signatureHelpProvider = new { triggerCharacters = new[] { ":", "," } },
            // Pull diagnostics only when the client asks for them: a client that both pulls and
            // receives pushes would show every diagnostic twice.
            diagnosticProvider = settings.PullDiagnostics ? new { interFileDependencies = true, workspaceDiagnostics = false } : null,
        },
        serverInfo = new { name = "PolicyLang", version = typeof(Capabilities).Assembly.GetName().Version?.ToString() ?? "0" },
    };
}
