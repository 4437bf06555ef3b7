using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// The mutable side of the workspace: open documents and the other files of their folders.
/// Mutated only by notifications on the connection's reader thread; every mutation publishes a new
/// immutable <see cref="WorkspaceSnapshot"/> in <see cref="Current"/> and names the folders that
/// changed, for the background analysis. A folder is tracked while one of its files is open.
/// </summary>
public sealed class Workspace(IFileSystem fileSystem)
{
    private readonly Dictionary<string, FolderState> _folders = new(StringComparer.Ordinal);
    private volatile WorkspaceSnapshot _current = WorkspaceSnapshot.Empty;

    public WorkspaceSnapshot Current => _current;

    /// <summary>Raised after each change with the folders whose snapshot changed (or disappeared).</summary>
    public event Action<IReadOnlyCollection<string>>? Changed;

    public void Open(string uri, int version, string text)
    {
        var path = DocumentUris.ToPath(uri);
        var folder = GetOrLoad(DocumentUris.FolderOf(path));
        var file = new SourceFile(path, uri, version, text);
        folder.Open[path] = file;
        if (DocumentUris.IsOptionsFile(path)) folder.ReadOptions(file);
        Publish(folder);
    }

    public void Change(string uri, int? version, IEnumerable<Protocol.TextDocumentContentChangeEvent> changes)
    {
        var path = DocumentUris.ToPath(uri);
        if (!_folders.TryGetValue(DocumentUris.FolderOf(path), out var folder) || !folder.Open.TryGetValue(path, out var old))
            throw new Protocol.LspException(Protocol.ErrorCodes.InvalidParams, $"didChange for a document that is not open: {uri}");
        var file = new SourceFile(path, old.Uri, version ?? old.Version + 1, TextChanges.Apply(old.Text, changes));
        folder.Open[path] = file;
        if (DocumentUris.IsOptionsFile(path)) folder.ReadOptions(file);
        Publish(folder);
    }

    public void Close(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (!_folders.TryGetValue(DocumentUris.FolderOf(path), out var folder) || !folder.Open.Remove(path)) return;
        if (folder.Open.Count == 0)
        {
            // Nothing of this folder is open any more: stop tracking it (memory stays bounded by what is open).
            _folders.Remove(folder.Folder);
            _current = new WorkspaceSnapshot(_current.Folders.Remove(folder.Folder), _current.Version + 1);
            Changed?.Invoke([folder.Folder]);
            return;
        }
        if (DocumentUris.IsOptionsFile(path)) folder.ReadOptions(null);
        Publish(folder);
    }

    /// <summary>Files changed on disk (created = 1, changed = 2, deleted = 3). Open documents keep the editor's text.</summary>
    public void FilesChanged(IEnumerable<(string Uri, int Type)> events)
    {
        var touched = new HashSet<FolderState>();
        foreach (var (uri, type) in events)
        {
            var path = DocumentUris.ToPath(uri);
            if (!_folders.TryGetValue(DocumentUris.FolderOf(path), out var folder) || folder.Open.ContainsKey(path)) continue;
            if (DocumentUris.IsOptionsFile(path))
                folder.ReadOptions(null);
            else if (DocumentUris.IsBeleid(path))
            {
                var text = type == 3 ? null : fileSystem.ReadText(path);
                if (text is null) folder.Disk.Remove(path);
                else folder.Disk[path] = new SourceFile(path, DocumentUris.FromPath(path), null, text);
            }
            else continue;
            touched.Add(folder);
        }
        foreach (var folder in touched) Publish(folder, notify: false);
        if (touched.Count > 0) Changed?.Invoke([.. touched.Select(f => f.Folder)]);
    }

    private FolderState GetOrLoad(string folderPath)
    {
        if (_folders.TryGetValue(folderPath, out var existing)) return existing;
        var folder = new FolderState(folderPath, fileSystem);
        if (!folderPath.StartsWith(DocumentUris.UntitledFolderPrefix, StringComparison.Ordinal))
        {
            foreach (var path in fileSystem.BeleidFiles(folderPath))
                if (fileSystem.ReadText(path) is { } text)
                    folder.Disk[path] = new SourceFile(path, DocumentUris.FromPath(path), null, text);
            folder.ReadOptions(null);
        }
        _folders[folderPath] = folder;
        return folder;
    }

    private void Publish(FolderState folder, bool notify = true)
    {
        _current = new WorkspaceSnapshot(_current.Folders.SetItem(folder.Folder, folder.ToSnapshot()), _current.Version + 1);
        if (notify) Changed?.Invoke([folder.Folder]);
    }

    /// <summary>What the workspace holds for one folder.</summary>
    private sealed class FolderState(string folder, IFileSystem fileSystem)
    {
        public string Folder { get; } = folder;
        public Dictionary<string, SourceFile> Disk { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, SourceFile> Open { get; } = new(StringComparer.Ordinal);
        public SourceFile? OptionsFile { get; private set; }

        /// <summary>The incremental analysis state every snapshot of this folder is analysed with.</summary>
        private readonly FolderAnalysis _analysis = new();
        public AnalysisOptions Options { get; private set; } = AnalysisOptions.Default;

        /// <summary>Reads policylang.json from the open document if there is one, else from disk.</summary>
        public void ReadOptions(SourceFile? open)
        {
            var path = Path.Combine(Folder, AnalysisOptions.FileName);
            if (open is null) Open.TryGetValue(path, out open);
            if (open is null && fileSystem.ReadText(path) is { } text) open = new SourceFile(path, DocumentUris.FromPath(path), null, text);
            OptionsFile = open;
            Options = open is null ? AnalysisOptions.Default : AnalysisOptionsReader.Read(new SourceText(open.Text.Text, open.Path));
        }

        public FolderSnapshot ToSnapshot()
        {
            var files = new SortedDictionary<string, SourceFile>(Disk, StringComparer.Ordinal);
            foreach (var (path, file) in Open)
                if (!DocumentUris.IsOptionsFile(path)) files[path] = file;
            return new FolderSnapshot(Folder, [.. files.Values], OptionsFile, Options, _analysis);
        }
    }
}
