using System.Collections.Immutable;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// Every folder the server tracks, at one moment. Handlers answer from a snapshot and never see
/// it change underneath them; the workspace replaces the whole snapshot on every edit (folders that
/// did not change are shared between consecutive snapshots).
/// </summary>
public sealed class WorkspaceSnapshot(ImmutableDictionary<string, FolderSnapshot> folders, long version)
{
    public static readonly WorkspaceSnapshot Empty = new(ImmutableDictionary.Create<string, FolderSnapshot>(StringComparer.Ordinal), 0);

    public ImmutableDictionary<string, FolderSnapshot> Folders { get; } = folders;

    /// <summary>Increases with every change; lets the analysis see that its input is stale.</summary>
    public long Version { get; } = version;

    public FolderSnapshot? FolderOf(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        return Folders.TryGetValue(DocumentUris.FolderOf(path), out var folder) && folder.FileByPath(path) is not null ? folder : null;
    }

    /// <summary>The folder and file of a document URI, or null if the server does not know it.</summary>
    public (FolderSnapshot Folder, SourceFile File)? Find(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (!Folders.TryGetValue(DocumentUris.FolderOf(path), out var folder)) return null;
        var file = folder.FileByPath(path);
        return file is null ? null : (folder, file);
    }
}
