using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Features;

/// <summary>Compiler diagnostics to LSP diagnostics, in the user's language.</summary>
public static class DiagnosticConverter
{
    public const string Source = "policylang";

    public static LspDiagnostic ToLsp(Diagnostic diagnostic, FolderSnapshot folder, Taal taal)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => DiagnosticSeverities.Error,
            DiagnosticSeverity.Warning => DiagnosticSeverities.Warning,
            _ => DiagnosticSeverities.Information,
        };
        return new LspDiagnostic(Positions.ToRange(diagnostic.Location.Source, diagnostic.Span), severity, diagnostic.Code, Source, diagnostic.Message(taal))
        {
            RelatedInformation = diagnostic.Related.IsDefaultOrEmpty ? null :
                [.. diagnostic.Related.Select(r => new DiagnosticRelatedInformation(
                    Positions.ToLocation(folder.UriOf(r.Location.Path), r.Location.Source, r.Location.Span), r.Message(taal)))],
        };
    }

    /// <summary>The diagnostics of one file of a folder snapshot.</summary>
    public static LspDiagnostic[] ForFile(FolderSnapshot folder, string path, Taal taal) =>
        [.. folder.Diagnostics.Where(d => string.Equals(d.Location.Path, path, StringComparison.Ordinal))
            .Select(d => ToLsp(d, folder, taal))];
}
