using System.Collections.Immutable;
using System.Text.Json;
using PolicyLang.Diagnostics;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;

namespace PolicyLang.LanguageServer.Features;

/// <summary>
/// Sends textDocument/publishDiagnostics for every file of an analysed folder (open or not, and
/// its policylang.json), and an empty list for files that had diagnostics before and have none now.
/// A publication identical to the last one for the same URI and version is not sent again (the
/// complete analysis usually confirms the preview). Remembers only the last payload per URI that
/// shows diagnostics or is open, so its memory is bounded by the files.
/// </summary>
public sealed class DiagnosticsPublisher(IClientChannel client, Func<Taal> taal)
{
    private readonly Dictionary<string, HashSet<string>> _shown = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int? Version, RawJson Payload)> _lastSent = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    // Per folder, what was published last: lets the complete analysis, which usually confirms the
    // preview of the same snapshot, skip converting and serialising everything only to find that.
    private readonly Dictionary<string, (FolderSnapshot Snapshot, Taal Taal, ImmutableArray<Diagnostic> Diagnostics)> _lastPublished = new(StringComparer.Ordinal);

    /// <summary>Raised after a folder's diagnostics were handled; the flag says whether the analysis was complete.</summary>
    public event Action<FolderSnapshot, bool>? Published;

    public void Publish(FolderSnapshot folder, ImmutableArray<Diagnostic> diagnostics, bool complete)
    {
        var language = taal();
        lock (_gate)
        {
            if (_lastPublished.TryGetValue(folder.Folder, out var last) && ReferenceEquals(last.Snapshot, folder)
                && last.Taal == language && ShowSame(last.Diagnostics, diagnostics))
            {
                Published?.Invoke(folder, complete);
                return;
            }
            _lastPublished[folder.Folder] = (folder, language, diagnostics);
        }
        var byPath = diagnostics.GroupBy(d => d.Location.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        lock (_gate)
        {
            var now = new HashSet<string>(StringComparer.Ordinal);
            var files = folder.Files.AsEnumerable();
            if (folder.OptionsFile is not null) files = files.Append(folder.OptionsFile);
            var covered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                covered.Add(file.Uri);
                var items = byPath.TryGetValue(file.Path, out var list)
                    ? list.Select(d => DiagnosticConverter.ToLsp(d, folder, language)).ToArray()
                    : [];
                var wasShown = _shown.TryGetValue(folder.Folder, out var before) && before.Contains(file.Uri);
                // Open documents always get an answer per version; closed files only when something changed.
                if (items.Length > 0 || wasShown || file.IsOpen) Send(file.Uri, file.Version, items);
                if (items.Length > 0) now.Add(file.Uri);
                else if (!file.IsOpen) _lastSent.Remove(file.Uri);
            }
            if (_shown.TryGetValue(folder.Folder, out var previous))
                foreach (var gone in previous.Where(u => !covered.Contains(u)))
                {
                    Send(gone, null, []);
                    _lastSent.Remove(gone);
                }
            _shown[folder.Folder] = now;
        }
        Published?.Invoke(folder, complete);
    }

    /// <summary>Whether two ordered sets of diagnostics look the same in the editor (place, code, severity, messages, related places).</summary>
    private static bool ShowSame(ImmutableArray<Diagnostic> a, ImmutableArray<Diagnostic> b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (ReferenceEquals(x, y)) continue;
            if (x.Code != y.Code || x.Severity != y.Severity || !SamePlace(x.Location, y.Location)
                || x.MessageNl != y.MessageNl || x.MessageEn != y.MessageEn || x.Related.Length != y.Related.Length) return false;
            for (var r = 0; r < x.Related.Length; r++)
                if (!SamePlace(x.Related[r].Location, y.Related[r].Location) || x.Related[r].MessageNl != y.Related[r].MessageNl
                    || x.Related[r].MessageEn != y.Related[r].MessageEn) return false;
        }
        return true;
    }

    private static bool SamePlace(PolicyLang.Diagnostics.Location x, PolicyLang.Diagnostics.Location y) => ReferenceEquals(x.Source, y.Source) && x.Span == y.Span;

    private void Send(string uri, int? version, LspDiagnostic[] items)
    {
        // Serialised once: the same bytes are compared with the last publication and sent.
        var payload = new RawJson(JsonSerializer.SerializeToUtf8Bytes(items, DiagnosticsJson.Default.LspDiagnosticArray));
        if (_lastSent.TryGetValue(uri, out var last) && last.Version == version && payload.SameAs(last.Payload)) return;
        _lastSent[uri] = (version, payload);
        client.Notify("textDocument/publishDiagnostics", new PublishedDiagnostics(uri, version, payload));
    }

    /// <summary>publishDiagnostics parameters with the diagnostics already serialised.</summary>
    private sealed record PublishedDiagnostics(string Uri, int? Version, RawJson Diagnostics);

    /// <summary>Pull mode: the client asks for diagnostics itself; tell it that new ones are ready.</summary>
    public void NotifyAnalysed(FolderSnapshot folder, bool complete)
    {
        if (complete) client.Request("workspace/diagnostic/refresh", null);
        Published?.Invoke(folder, complete);
    }

    /// <summary>A folder is no longer tracked: clear what it showed.</summary>
    public void Clear(string folder)
    {
        lock (_gate)
        {
            _lastPublished.Remove(folder);
            if (!_shown.Remove(folder, out var uris)) return;
            foreach (var uri in uris)
            {
                _lastSent.Remove(uri);
                client.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
            }
        }
    }
}
