using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Features;

/// <summary>
/// Sends textDocument/publishDiagnostics for every file of an analysed folder (open or not, and
/// its policylang.json), and an empty list for files that had diagnostics before and have none now.
/// Remembers only which URIs currently show diagnostics, so its memory is bounded by the files.
/// </summary>
public sealed class DiagnosticsPublisher(IClientChannel client, Func<Taal> taal)
{
    private readonly Dictionary<string, HashSet<string>> _shown = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Raised after a folder's diagnostics were sent (tests and the benchmark wait on it).</summary>
    public event Action<FolderSnapshot>? Published;

    public void Publish(FolderSnapshot folder)
    {
        var language = taal();
        var byPath = folder.Diagnostics.GroupBy(d => d.Location.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        lock (_gate)
        {
            var now = new HashSet<string>(StringComparer.Ordinal);
            var files = folder.Files.AsEnumerable();
            if (folder.OptionsFile is not null) files = files.Append(folder.OptionsFile);
            foreach (var file in files)
            {
                var items = byPath.TryGetValue(file.Path, out var list)
                    ? list.Select(d => DiagnosticConverter.ToLsp(d, folder, language)).OfType<LspDiagnostic>().ToArray()
                    : [];
                var wasShown = _shown.TryGetValue(folder.Folder, out var before) && before.Contains(file.Uri);
                // Open documents always get an answer (the editor waits for one per version); closed files only when something changed.
                if (items.Length > 0 || wasShown || file.IsOpen)
                    client.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(file.Uri, file.Version, items));
                if (items.Length > 0) now.Add(file.Uri);
            }
            var covered = files.Select(f => f.Uri).ToHashSet(StringComparer.Ordinal);
            if (_shown.TryGetValue(folder.Folder, out var previous))
                foreach (var gone in previous.Where(u => !covered.Contains(u)))
                    client.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(gone, null, []));
            _shown[folder.Folder] = now;
        }
        Published?.Invoke(folder);
    }

    /// <summary>
    /// Pull mode: the client asks for diagnostics itself; tell it that new ones are ready.
    /// </summary>
    public void NotifyAnalysed(FolderSnapshot folder)
    {
        client.Request("workspace/diagnostic/refresh", null);
        Published?.Invoke(folder);
    }

    /// <summary>A folder is no longer tracked: clear what it showed.</summary>
    public void Clear(string folder)
    {
        lock (_gate)
        {
            if (!_shown.Remove(folder, out var uris)) return;
            foreach (var uri in uris) client.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
        }
    }
}
