using PolicyLang.Analysis;
using PolicyLang.Incremental;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Workspace;

/// <summary>
/// The incremental state of one tracked folder (its chunked files and the bindings of their chunks),
/// shared by all snapshots of the folder. Each snapshot asks it once for its own
/// <see cref="IncrementalResult"/>: normally the background analysis asks first, a request that
/// arrives before it does asks itself, and either way there is one result per snapshot, which both
/// the diagnostics and every request are answered from. Updates are serialised here; a result, once
/// made, is immutable and stays valid whatever is updated after it.
/// </summary>
public sealed class FolderAnalysis
{
    private readonly Lock _gate = new();
    private IncrementalAnalysis _incremental = new();

    public IncrementalResult Analyse(IEnumerable<SourceText> files, AnalysisOptions options)
    {
        lock (_gate)
        {
            try
            {
                return _incremental.Update(files, options);
            }
            catch
            {
                // The compiler promises never to throw; if it does, the possibly half-updated state is
                // dropped and rebuilt from scratch the next time.
                _incremental = new IncrementalAnalysis();
                throw;
            }
        }
    }

    /// <summary>Starts again from nothing (after the analysis of a result failed later, in binding or the rules).</summary>
    public void Reset()
    {
        lock (_gate) _incremental = new IncrementalAnalysis();
    }
}
