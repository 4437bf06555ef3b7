using System.Text.Json;
using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Handlers;

/// <summary>
/// One LSP request. Handlers read the snapshot they are given and never mutate the workspace; they
/// run on the thread pool and check the token where work is long.
/// </summary>
public interface IRequestHandler
{
    string Method { get; }
    object? Handle(RequestContext context, JsonElement? parameters, CancellationToken cancellationToken);
}

/// <summary>What a handler may use: the snapshot taken when the request arrived, and the settings.</summary>
public sealed record RequestContext(WorkspaceSnapshot Snapshot, ServerSettings Settings)
{
    public Taal Taal => Settings.Taal;

    /// <summary>The folder and file of a document, or null when the server does not know the document.</summary>
    public (FolderSnapshot Folder, SourceFile File)? Find(string uri) => Snapshot.Find(uri);
}

/// <summary>Settings from initialize: the user's language and what the client supports.</summary>
public sealed record ServerSettings(Taal Taal, bool SnippetSupport, bool PullDiagnostics);
