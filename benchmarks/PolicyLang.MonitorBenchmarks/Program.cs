// PolicyLang monitor benchmarks, each measured against its reference in the same run and reported
// as a ratio (docs/performance.md, section "Monitor"):
//  1. evaluation: a compiled monitor judging 1,000 doelen over 1,000,000 measurements, against a
//     hand-written C# loop over the same measurements (goal: at most 1.25x);
//  2. cold build: `policylang build` as a fresh process against the SDK's csc compiling the same
//     generated C# as a fresh process (goal: at most 1.3x).
//
//  3. --main-job: `policylang monitor` as a fresh process, warm cache against a bare `dotnet
//     hello.dll` start (goal: at most 5x) and empty cache against csc (goal: at most 1.3x); only this.
//  4. --metingen-scale: `policylang monitor` on 1,000,000 measurement rows as CSV and as JSON, wall
//     clock, CPU time and peak memory (issue 20: under 5 s and 500 MB); only this.
//
//   dotnet run -c Release --project benchmarks/PolicyLang.MonitorBenchmarks --artifacts-path /tmp/monbench -- [--quick] [--cli PATH] [--skip-cold] [--kader DIR] [--main-job] [--metingen-scale] [--rounds N]
//
// --cli: the policylang to time cold (an apphost or policylang.dll), e.g. a ReadyToRun publish:
//   dotnet publish compiler/PolicyLang.Cli -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -o /tmp/policylang-r2r
// Exit codes: 0 ok, 1 bad arguments, 3 the monitor and the hand-written loop disagree.

using System.Globalization;
using PolicyLang;
using PolicyLang.Benchmarks;
using PolicyLang.Emit;
using PolicyLang.MonitorBenchmarks;
using PolicyLang.Runtime;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var quick = false;
var skipCold = false;
string? cli = null;
var kaderFolder = "examples/steenwijkerland";
var mainJob = false;
var measurementScale = false;
int? mainJobRounds = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--quick": quick = true; break;
        case "--skip-cold": skipCold = true; break;
        case "--cli" when i + 1 < args.Length: cli = args[++i]; break;
        case "--kader" when i + 1 < args.Length: kaderFolder = args[++i]; break;
        case "--main-job": mainJob = true; break;
        case "--metingen-scale": measurementScale = true; break;
        case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: mainJobRounds = n; i++; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--quick] [--cli PATH] [--skip-cold] [--kader DIR] [--main-job] [--metingen-scale] [--rounds N]");
            return 1;
    }
}
void Log(string message) => Console.Error.WriteLine("# " + message);

// ---- 4. measurement files of 1,000,000 rows (issue 20), on their own -------------------------------

if (measurementScale)
{
    cli ??= Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "compiler", "PolicyLang.Cli", "bin", "Release", "net10.0", "policylang.dll");
    if (!File.Exists(cli))
    {
        Console.Error.WriteLine($"policylang not found at {cli}: pass --cli PATH");
        return 1;
    }
    var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
    var runs = MeasurementFileScale.Measure(cli, 1_000, 1_000, mainJobRounds ?? (quick ? 1 : 3), Log);
    Console.WriteLine($"## policylang monitor on 1,000,000 measurement rows ({Path.GetFileName(cli)}; load average at the start: {load})");
    Console.WriteLine();
    Console.WriteLine("| format | rounds | wall s (min / median) | CPU s (min / median) | peak MB (max) |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var g in runs.GroupBy(r => r.Format))
    {
        static double Median(IEnumerable<double> xs) { var a = xs.Order().ToArray(); return a[a.Length / 2]; }
        Console.WriteLine($"| {g.Key} | {g.Count()} | {g.Min(r => r.WallSeconds):F2} / {Median(g.Select(r => r.WallSeconds)):F2} | {g.Min(r => r.CpuSeconds):F2} / {Median(g.Select(r => r.CpuSeconds)):F2} | {g.Max(r => r.PeakKilobytes) / 1024} |");
    }
    return 0;
}

// ---- 3. the main job (issue 18), on its own ------------------------------------------------------

if (mainJob)
{
    cli ??= Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "compiler", "PolicyLang.Cli", "bin", "Release", "net10.0", "policylang.dll");
    if (!File.Exists(cli))
    {
        Console.Error.WriteLine($"policylang not found at {cli}: pass --cli PATH");
        return 1;
    }
    var job = MainJob.Run(cli, kaderFolder, Path.Combine(kaderFolder, "metingen.csv"), mainJobRounds ?? (quick ? 3 : 9), Log);
    Console.WriteLine($"## Main job: policylang monitor {kaderFolder} ({Path.GetFileName(cli)})");
    Console.WriteLine();
    Console.WriteLine("| case | median s | min s | ratio (median) |");
    Console.WriteLine("|---|---:|---:|---:|");
    Console.WriteLine($"| {job.Warm.Name} | {job.Warm.Median:F3} | {job.Warm.Min:F3} | {job.Warm.Median / job.Hello.Median:F2} × hello |");
    Console.WriteLine($"| {job.Hello.Name} | {job.Hello.Median:F3} | {job.Hello.Min:F3} | 1.00 |");
    Console.WriteLine($"| {job.Cold.Name} | {job.Cold.Median:F2} | {job.Cold.Min:F2} | {job.Cold.Median / job.Csc.Median:F2} × csc |");
    Console.WriteLine($"| {job.Csc.Name} | {job.Csc.Median:F2} | {job.Csc.Min:F2} | 1.00 |");
    return 0;
}

// ---- 1. evaluation -------------------------------------------------------------------------------

const int Doelen = 1_000, PerDoel = 1_000;
var compilation = Compilation.FromSources([("benchmark/kader.beleid", MonitorWorkload.Kader(Doelen))]);
var build = MonitorBuild.Build(compilation);
if (build.Monitor is not { Success: true })
{
    Console.Error.WriteLine("the benchmark kader does not build: " + string.Join("\n", build.PolicyErrors.Select(d => d.ToString()).Concat(build.Monitor?.Errors.Select(e => e.ToString()) ?? [])));
    return 3;
}
var monitor = MonitorHost.Load(build.Monitor.Assembly);
var data = MonitorWorkload.Data(Doelen, PerDoel);
var peiljaar = data.LatestYear!.Value;
var measurements = data.AllSeries.Sum(s => s.Count);
Log($"workload: {Doelen:N0} doelen, {measurements:N0} measurements (monthly), peiljaar {peiljaar}");

var fromMonitor = monitor.Run(data, peiljaar);
var byHand = HandWrittenMonitor.Run(data, Doelen, peiljaar);
for (var i = 0; i < Doelen; i++)
{
    if (fromMonitor.Outcomes[$"D{i}"].Status != byHand[i])
    {
        Console.Error.WriteLine($"D{i}: monitor {fromMonitor.Outcomes[$"D{i}"].Status}, hand-written {byHand[i]}");
        return 3;
    }
}
Log("statuses agree: " + string.Join(", ", byHand.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));

var (warmup, rounds, minWarmup) = quick ? (3, 9, TimeSpan.FromSeconds(1)) : (10, 31, TimeSpan.FromSeconds(5));
// Diagnostic: the rules alone on prebuilt norms (no generated method, no result assembly).
var norms = Enumerable.Range(0, Doelen).Select(i => monitor.Evaluate($"D{i}", data, peiljaar)!.Norm!).ToArray();
var series = Enumerable.Range(0, Doelen).Select(i => data.Series($"I{i}")).ToArray();
var results = Harness.Run([
    new BenchCase("compiled monitor (Run)", "1M measurements", measurements, measurements, () => monitor.Run(data, peiljaar)),
    new BenchCase("GoalRules.Judge only (diagnostic)", "1M measurements", measurements, measurements, () =>
    {
        var last = default(GoalOutcome);
        for (var i = 0; i < Doelen; i++) last = GoalRules.Judge(norms[i], series[i], peiljaar);
        return last;
    }),
    new BenchCase("hand-written C# loop (reference)", "1M measurements", measurements, measurements, () => HandWrittenMonitor.Run(data, Doelen, peiljaar)),
], warmup, rounds, minWarmup, Log);
var reference = results[^1];
Console.WriteLine($"## Monitor evaluation: {Doelen:N0} doelen, {measurements:N0} measurements, {rounds} rounds");
Console.WriteLine();
Console.WriteLine("| case | median ms | min ms | ns / measurement (median) | × hand-written (median) | × hand-written (min) | allocated / op |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
    Console.WriteLine($"| {r.Case.Name} | {r.MedianMs:F1} | {r.MinMs:F1} | {r.MedianMs * 1e6 / measurements:F1} | {r.MedianMs / reference.MedianMs:F2} | {r.MinMs / reference.MinMs:F2} | {r.AllocatedBytesPerOp / 1024:N0} KB |");
Console.WriteLine();

// ---- 2. cold build ---------------------------------------------------------------------------------

if (!skipCold)
{
    cli ??= Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "compiler", "PolicyLang.Cli", "bin", "Release", "net10.0", "policylang.dll");
    if (!File.Exists(cli))
    {
        Console.Error.WriteLine($"policylang not found at {cli}: pass --cli PATH (or --skip-cold)");
        return 1;
    }
    var warm = MonitorBuild.Build(LoadFolder(kaderFolder));
    var warmWatch = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < 5; i++) MonitorCompiler.Compile(warm.Monitor!.Source);
    Log($"warm in-process Roslyn emit of the same code: {warmWatch.Elapsed.TotalMilliseconds / 5:F0} ms");
    var (coldBuild, csc) = ColdBuild.Run(cli, kaderFolder, quick ? 3 : 7, Log);
    Console.WriteLine($"## Cold build of {kaderFolder} ({Path.GetFileName(cli)})");
    Console.WriteLine();
    Console.WriteLine("| case | median s | min s | × csc (median) |");
    Console.WriteLine("|---|---:|---:|---:|");
    foreach (var t in new[] { coldBuild, csc })
        Console.WriteLine($"| {t.Name} | {t.Median:F2} | {t.Min:F2} | {t.Median / csc.Median:F2} |");
}
return 0;

static Compilation LoadFolder(string folder) =>
    Compilation.FromSources(Directory.EnumerateFiles(folder, "*.beleid").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))));
