using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using PolicyLang.Diagnostics;
using PolicyLang.Incremental;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// Runs the analysis of changed folders on one background task. Each change restarts a short
/// debounce, so a burst of keystrokes is analysed once. Work whose input is already stale (the
/// folder changed again) is abandoned between stages and never published. The reader thread only
/// marks folders dirty; it never waits for an analysis.
/// The analysis is incremental (<see cref="IncrementalAnalysis"/>, one per tracked folder in its
/// <see cref="FolderAnalysis"/>): an edit re-parses and re-binds only the top-level elements it
/// touches, then links and analyses the whole folder; the result equals a whole-file check's and is
/// the snapshot's own (<see cref="FolderSnapshot.Analysis"/>), which requests are answered from too.
/// Two publications per change: as soon as the model is bound, the fresh syntax and binding
/// diagnostics together with the previous analysis findings moved onto the new text (see
/// <see cref="DiagnosticCarryOver"/>); then, when the analysis rules have run, the complete set
/// (sent only where it differs).
/// </summary>
public sealed class AnalysisScheduler : IDisposable
{
    private readonly Func<WorkspaceSnapshot> _current;
    private readonly Action<FolderSnapshot, ImmutableArray<Diagnostic>, bool> _publish;
    // Per tracked folder (one each: bounded) the analysis findings of the last complete analysis
    // and the texts they point into, carried over while the next analysis runs. Deliberately not
    // the snapshot itself: its trees and model can be collected as soon as the workspace moves on,
    // which halves the live heap while typing (and with it the cost of garbage collections).
    private readonly Dictionary<string, CompletedAnalysis> _lastComplete = new(StringComparer.Ordinal);

    private sealed record CompletedAnalysis(long SnapshotId, ImmutableArray<Diagnostic> Findings, Dictionary<string, PolicyLang.Text.SourceText> Texts);
    private readonly Action<string> _clear;
    private readonly ILogger _logger;
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;
    private int _disposed;

    public AnalysisScheduler(Func<WorkspaceSnapshot> current, Action<FolderSnapshot, ImmutableArray<Diagnostic>, bool> publish, Action<string> clear, TimeSpan debounce, ILogger logger)
    {
        _current = current;
        _publish = publish;
        _clear = clear;
        _logger = logger;
        Debounce = debounce;
        _worker = Task.Run(RunAsync);
    }

    public TimeSpan Debounce { get; set; }

    /// <summary>The longest a burst of changes can postpone an analysis.</summary>
    public TimeSpan MaxDelay => Debounce * 10;

    /// <summary>Marks folders for analysis. Cheap; called on the reader thread.</summary>
    public void Schedule(IEnumerable<string> folders)
    {
        lock (_gate) foreach (var folder in folders) _dirty.Add(folder);
        _signal.Release();
    }

    /// <summary>Analyses and publishes folders again although they did not change (the language changed).</summary>
    public void Reanalyse(IEnumerable<string> folders) => Schedule(folders);

    private async Task RunAsync()
    {
        var token = _stop.Token;
        try
        {
            while (!token.IsCancellationRequested)
            {
                await _signal.WaitAsync(token).ConfigureAwait(false);
                // Debounce: wait until no new change arrived for the whole interval, but not longer
                // than MaxDelay in all, so a stream of fast edits still gets feedback.
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (Debounce > TimeSpan.Zero && waited.Elapsed < MaxDelay && await _signal.WaitAsync(Debounce, token).ConfigureAwait(false)) { }
                while (_signal.CurrentCount > 0) _signal.Wait(0, CancellationToken.None);

                string[] folders;
                lock (_gate)
                {
                    folders = [.. _dirty];
                    _dirty.Clear();
                }
                foreach (var folder in folders) Analyse(folder, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private void Analyse(string folderPath, CancellationToken token)
    {
        if (token.IsCancellationRequested) return;
        var snapshot = _current();
        if (!snapshot.Folders.TryGetValue(folderPath, out var folder))
        {
            _lastComplete.Remove(folderPath);
            _clear(folderPath);
            return;
        }
        try
        {
            // Stages, with a staleness check between them: parse what changed, bind, analyse.
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = folder.Analysis;
            var parsed = watch.Elapsed.TotalMilliseconds;
            if (IsStale(folder)) { _logger.LogDebug("Abandoned stale analysis of {Folder}", folderPath); return; }
            var compilerDiagnostics = result.CompilerDiagnostics;
            var bound = watch.Elapsed.TotalMilliseconds;
            if (IsStale(folder)) return;
            var carried = bound;
            if (_lastComplete.TryGetValue(folderPath, out var previous) && previous.SnapshotId != folder.Id)
            {
                var preview = Preview(previous, folder, compilerDiagnostics);
                carried = watch.Elapsed.TotalMilliseconds;
                _publish(folder, preview, false);
            }
            var previewed = watch.Elapsed.TotalMilliseconds;
            if (IsStale(folder)) return;
            var diagnostics = result.Diagnostics;
            var analysed = watch.Elapsed.TotalMilliseconds;
            if (IsStale(folder)) return;
            _lastComplete[folderPath] = Completed(folder, result.Findings);
            _publish(folder, diagnostics, true);
            _logger.LogDebug("Analysed {Folder}: parse {Parse:F2} ms, bind {Bind:F2} ms, carry-over {Carry:F2} ms, preview published {Preview:F2} ms, rules {Rules:F2} ms, complete published {Total:F2} ms",
                folderPath, parsed, bound - parsed, carried - bound, previewed - carried, analysed - previewed, watch.Elapsed.TotalMilliseconds - analysed);
        }
        catch (Exception e)
        {
            // The compiler promises never to throw; if it does, the server keeps running, and the
            // folder's incremental state (possibly half-updated) is dropped and rebuilt next time.
            folder.ResetAnalysis();
            _logger.LogError(e, "Analysis of {Folder} failed", folderPath);
        }
    }

    private static CompletedAnalysis Completed(FolderSnapshot folder, ImmutableArray<Diagnostic> findings)
    {
        var texts = folder.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        if (folder.OptionsFile is { } options) texts[options.Path] = options.Text;
        return new CompletedAnalysis(folder.Id, findings, texts);
    }

    /// <summary>Fresh compiler diagnostics plus the previous analysis findings, moved onto the new text.</summary>
    private static ImmutableArray<Diagnostic> Preview(CompletedAnalysis previous, FolderSnapshot folder, ImmutableArray<Diagnostic> compilerDiagnostics)
    {
        var carried = DiagnosticCarryOver.Map(previous.Findings, path => previous.Texts.GetValueOrDefault(path), folder);
        return DiagnosticOrder.Sort(compilerDiagnostics.Concat(carried));
    }

    /// <summary>True when the folder changed since this snapshot: its result would be out of date at once.</summary>
    private bool IsStale(FolderSnapshot folder) =>
        !_current().Folders.TryGetValue(folder.Folder, out var latest) || !ReferenceEquals(latest, folder);

    /// <summary>Stops the worker. Idempotent: shutdown and process end both call it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stop.Cancel();
        try { _worker.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
