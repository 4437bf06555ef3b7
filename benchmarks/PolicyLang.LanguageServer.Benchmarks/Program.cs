using System.Diagnostics;
using System.Globalization;
using PolicyLang;
using PolicyLang.Benchmarks;
using PolicyLang.LanguageServer.Benchmarks;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Syntax;
using PolicyLang.Text;

// Keystroke-to-diagnostics latency of the language server while typing into a 10,000-line kader,
// against a cold check of the same text in the same run (`policylang check` in a new process; a
// from-scratch check with a warm JIT in this process is reported too), and the server's memory after N edits.
// Usage: dotnet run -c Release --project benchmarks/PolicyLang.LanguageServer.Benchmarks -- [--edits N] [--lines N] [--debounce MS]
var edits = IntArg("--edits", 10_000);
var lines = IntArg("--lines", 10_000);
var debounceMs = IntArg("--debounce", 0);
var coldRounds = IntArg("--cold-rounds", 50);
// Every Nth keystroke is timed; the ones between are sent as a burst without waiting, as fast
// typing does, so the run also exercises coalescing and abandoning stale analyses.
var measureEvery = Math.Max(1, IntArg("--measure-every", 10));
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Contains("--sustained-low-latency")) System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;

var text = KaderGenerator.Generate(lines);
const string Path = "/bench/kader/kader.beleid";
var uri = DocumentUris.FromPath(Path);
var lineCount = text.Count(c => c == '\n');
Console.WriteLine($"input: generated kader, {lineCount:N0} lines, {text.Length:N0} chars; {edits:N0} keystrokes, every {measureEvery}th timed; debounce {debounceMs} ms");
Console.WriteLine($"machine: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");

if (args.Contains("--phases"))
{
    var all = Compilation.Create([SyntaxTree.Parse(text, Path)]).Diagnostics;
    Console.WriteLine($"diagnostics of the input: {all.Length} ({string.Join(", ", all.GroupBy(d => d.Code).OrderBy(g => g.Key).Select(g => $"{g.Key} ×{g.Count()}"))})");
    Phases.Print(text, Path, warmup: 10, rounds: coldRounds);
    return 0;
}

// ---- cold full check: a new tree and compilation, all diagnostics -----------------------------------
double FullCheck(string source)
{
    var watch = Stopwatch.StartNew();
    var compilation = Compilation.Create([SyntaxTree.Parse(source, Path)]);
    var count = compilation.Diagnostics.Length;
    watch.Stop();
    if (count < 0) throw new InvalidOperationException();
    return watch.Elapsed.TotalMilliseconds;
}
var firstInProcess = FullCheck(text); // includes JIT: the check a fresh CLI process pays

// ---- cold check: `policylang check` in a new process, as a writer or CI runs it --------------------
// Nothing is warm there: process start, runtime start, JIT, reading the file, and the full check.
var coldFolder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"policylang-bench-{Environment.ProcessId}");
Directory.CreateDirectory(coldFolder);
File.WriteAllText(System.IO.Path.Combine(coldFolder, "kader.beleid"), text);
// By default the CLI built beside the benchmark (JIT); --cold-cli PATH runs another build of it, such
// as the self-contained ReadyToRun one the VS Code extension ships.
var coldCli = StringArg("--cold-cli");
var cliDll = System.IO.Path.Combine(AppContext.BaseDirectory, "policylang.dll");
double ColdProcessCheck()
{
    var start = coldCli is null
        ? new ProcessStartInfo("dotnet", [cliDll, "check", coldFolder])
        : new ProcessStartInfo(coldCli, ["check", coldFolder]);
    start.RedirectStandardOutput = true;
    start.RedirectStandardError = true;
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    process.StandardOutput.ReadToEnd();
    process.StandardError.ReadToEnd();
    process.WaitForExit();
    watch.Stop();
    if (process.ExitCode != 0) throw new InvalidOperationException($"policylang check exited with {process.ExitCode}");
    return watch.Elapsed.TotalMilliseconds;
}
var coldProcess = new List<double>();
var coldProcessRounds = IntArg("--cold-process-rounds", 10);
coldProcess.Add(ColdProcessCheck());
var errors = Compilation.Create([SyntaxTree.Parse(text, Path)]).Diagnostics.Count(d => d.IsError);
if (errors > 0) { Console.Error.WriteLine($"error: the generated kader has {errors} error(s)"); return 2; }
// Warm-up of the full check; the timed cold checks run interleaved with the typing below, so
// machine load drifts over both alike (this machine is shared).
for (var i = 0; i < 10; i++) FullCheck(text);
var cold = new List<double>();
var coldEvery = Math.Max(1, edits / Math.Max(1, coldRounds));

// ---- the server: open, then type ------------------------------------------------------------------
// --log: the server's debug log (per analysis: parse, bind, preview, rules) on stderr.
await using var client = new InProcessClient(new NoFiles(), args.Contains("--log") ? Microsoft.Extensions.Logging.LogLevel.Debug : Microsoft.Extensions.Logging.LogLevel.Warning);
var completed = System.Threading.Channels.Channel.CreateUnbounded<(int? Version, long Ticks)>();
await client.RequestAsync("initialize", new { capabilities = new { }, initializationOptions = new { debounceMs } });
client.Server.Publisher!.Published += (folder, complete) =>
{
    if (complete) completed.Writer.TryWrite((folder.Files[0].Version, Stopwatch.GetTimestamp()));
};
client.Notify("initialized", new { });
client.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "policylang", version = 1, text } });
await WaitFor(1);
var lastComplete = 0;
await WaitForComplete(1);
GC.Collect(2, GCCollectionMode.Forced, blocking: true);
var baselineManaged = GC.GetTotalMemory(forceFullCollection: true);
var baselineWorkingSet = Process.GetCurrentProcess().WorkingSet64;

// Typing happens in a doel title in the middle of the file: a word is typed letter by letter and
// deleted again, so the text stays valid and realistic over any number of keystrokes.
var source = new SourceText(text);
var titleOffset = text.IndexOf("doel ", text.Length / 2, StringComparison.Ordinal);
titleOffset = text.IndexOf('"', titleOffset) + 1;
var at = source.GetLinePosition(titleOffset);
const string Word = "extra ";
var memory = new List<(int Edits, double ManagedMB, double WorkingSetMB)>();
var latencies = new List<double>(edits);
var completeLatencies = new List<double>(edits);
var typed = 0;
var version = 1;
var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
for (var i = 0; i < edits; i++)
{
    var deleting = (i / Word.Length) % 2 == 1;
    object change;
    if (!deleting)
    {
        var character = at.Character + typed;
        change = new { range = new { start = new { line = at.Line, character }, end = new { line = at.Line, character } }, text = Word[typed].ToString() };
        typed++;
    }
    else
    {
        typed--;
        var character = at.Character + typed;
        change = new { range = new { start = new { line = at.Line, character }, end = new { line = at.Line, character = character + 1 } }, text = "" };
    }
    version++;
    var measured = (i + 1) % measureEvery == 0;
    if (measured)
    {
        // Start the measured keystroke from a quiet server: the burst before it is fully analysed.
        await WaitForComplete(version - 1);
    }
    var started = Stopwatch.GetTimestamp();
    client.Notify("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { change } });
    if (!measured) continue; // a burst keystroke: its analysis is coalesced or abandoned as stale
    await WaitFor(version);
    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    completeLatencies.Add(Stopwatch.GetElapsedTime(started, await WaitForComplete(version)).TotalMilliseconds);
    if ((i + 1) % coldEvery < measureEvery)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);
        cold.Add(FullCheck(text));
    }
    if ((i + 1) % Math.Max(1, edits / coldProcessRounds) < measureEvery && coldProcess.Count < coldProcessRounds) coldProcess.Add(ColdProcessCheck());
    if ((i + 1) % 2000 < measureEvery) memory.Add((i + 1, GC.GetTotalMemory(forceFullCollection: true) / 1e6, Process.GetCurrentProcess().WorkingSet64 / 1e6));
}

// Collections and allocations of the whole process while typing, the benchmark's own forced
// collections and from-scratch checks included (they are the larger part of gen2).
var gcDuring = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);
var allocatedDuring = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
GC.Collect(2, GCCollectionMode.Forced, blocking: true);
var afterManaged = GC.GetTotalMemory(forceFullCollection: true);
var afterWorkingSet = Process.GetCurrentProcess().WorkingSet64;

double P(List<double> values, double q)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
var coldMedian = P(cold, 0.5);
var coldProcessMedian = P(coldProcess, 0.5);
Directory.Delete(coldFolder, recursive: true);
Console.WriteLine();
Console.WriteLine("| measure | p50 (ms) | p95 (ms) | max (ms) |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| keystroke → first publishDiagnostics of the version ({latencies.Count:N0} timed of {edits:N0} keystrokes) | {P(latencies, 0.5):F2} | {P(latencies, 0.95):F2} | {latencies.Max():F2} |");
Console.WriteLine($"| keystroke → analysis complete (every rule run on the new text) | {P(completeLatencies, 0.5):F2} | {P(completeLatencies, 0.95):F2} | {completeLatencies.Max():F2} |");
Console.WriteLine($"| cold check: `policylang check` in a new process ({(coldCli is null ? "JIT build" : coldCli)}; {coldProcess.Count} runs between the keystrokes) | {coldProcessMedian:F2} | {P(coldProcess, 0.95):F2} | {coldProcess.Max():F2} |");
Console.WriteLine($"| from-scratch full check in this process, warm JIT (parse + bind + analysis, {cold.Count} rounds between the keystrokes) | {coldMedian:F2} | {P(cold, 0.95):F2} | {cold.Max():F2} |");
Console.WriteLine($"| first full check in this process (JIT included) | {firstInProcess:F2} | | |");
Console.WriteLine();
Console.WriteLine($"ratio cold check (new process, median) / keystroke p95: first publication {coldProcessMedian / P(latencies, 0.95):F1}x, complete analysis {coldProcessMedian / P(completeLatencies, 0.95):F1}x");
Console.WriteLine($"ratio from-scratch check (warm JIT, median) / keystroke p95: first publication {coldMedian / P(latencies, 0.95):F2}x, complete analysis {coldMedian / P(completeLatencies, 0.95):F2}x");
Console.WriteLine($"ratio first check in process (JIT) / keystroke p95: first publication {firstInProcess / P(latencies, 0.95):F2}x, complete analysis {firstInProcess / P(completeLatencies, 0.95):F2}x");
Console.WriteLine($"machine load (1-minute average) at the end: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine($"while typing (whole process, its {cold.Count} from-scratch checks and forced collections included): {allocatedDuring / 1e6 / edits:F2} MB allocated per keystroke; collections gen0 {gcDuring.Item1}, gen1 {gcDuring.Item2}, gen2 {gcDuring.Item3}");
Console.WriteLine($"memory after open: managed {baselineManaged / 1e6:F1} MB, working set {baselineWorkingSet / 1e6:F1} MB");
Console.WriteLine($"memory after {edits:N0} edits: managed {afterManaged / 1e6:F1} MB, working set {afterWorkingSet / 1e6:F1} MB");
Console.WriteLine("memory along the way (after a full GC; the benchmark's own cold checks included): " +
    string.Join(", ", memory.Select(m => $"{m.Edits:N0} edits: {m.ManagedMB:F1} MB managed / {m.WorkingSetMB:F0} MB working set")));
return 0;

async Task<long> WaitForComplete(int expected)
{
    if (expected <= lastComplete) return Stopwatch.GetTimestamp();
    while (true)
    {
        var (v, ticks) = await completed.Reader.ReadAsync();
        lastComplete = Math.Max(lastComplete, v ?? 0);
        if (v == expected) return ticks;
        if (v > expected) throw new InvalidOperationException($"analysis of version {v} completed while waiting for {expected}");
    }
}

async Task WaitFor(int expected)
{
    while (true)
    {
        var (u, v, _) = await client.Diagnostics.Reader.ReadAsync();
        if (u == uri && v == expected) return;
    }
}

string? StringArg(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntArg(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}
