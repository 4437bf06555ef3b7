using System.Diagnostics;
using PolicyLang.Analysis;
using PolicyLang.Binding;
using Compilation = PolicyLang.Compilation;
using PlSyntaxTree = PolicyLang.Syntax.SyntaxTree;

namespace PolicyLang.Benchmarks;

/// <summary>
/// Where a full check's time and allocation go (issue 19): per round a forced full collection, then
/// the parse, the binding of that fresh tree (<c>Compilation.Model</c>), the rules on that fresh model
/// (<c>Analyzer.Run</c>), and, on a second fresh compilation, the whole <c>Compilation.Diagnostics</c>;
/// Roslyn's parse of the same bytes in the same round. Medians of wall and thread CPU time and the
/// bytes each phase allocates, with each phase's share of Roslyn's parse time.
/// </summary>
internal static class Breakdown
{
    public static void Run(string text, string path, Func<object> roslyn, long bytes, int rounds, Action<string> log)
    {
        string[] names = ["parse", "bind (Compilation.Model)", "rules (Analyzer.Run, fresh model)", "full check (Compilation.Diagnostics)", "Roslyn parse"];
        var wall = names.Select(_ => new double[rounds]).ToArray();
        var cpu = names.Select(_ => new double[rounds]).ToArray();
        var allocated = new long[names.Length];
        for (var r = -Math.Min(20, rounds); r < rounds; r++) // the first rounds warm up and are not counted
        {
            PlSyntaxTree tree = null!;
            Compilation compilation = null!;
            SemanticModel model = null!;
            Time(0, () => tree = PlSyntaxTree.Parse(text, path));
            Time(1, () => model = (compilation = Compilation.Create([tree])).Model);
            Time(2, () => GC.KeepAlive(Analyzer.Run(model, AnalysisOptions.Default)));
            Time(3, () => GC.KeepAlive(Compilation.Create([PlSyntaxTree.Parse(text, path)]).Diagnostics));
            Time(4, () => GC.KeepAlive(roslyn()));

            void Time(int phase, Action action)
            {
                if (phase != 1 && phase != 2) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuStart = ThreadCpuClock.Now();
                var start = Stopwatch.GetTimestamp();
                action();
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (r < 0) return;
                wall[phase][r] = elapsed;
                cpu[phase][r] = (ThreadCpuClock.Now() - cpuStart) / 1e6;
                allocated[phase] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        var roslynMedian = Median(wall[4]);
        var roslynMin = wall[4].Min();
        log($"breakdown of the full check, {rounds} rounds, {bytes:N0} bytes; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} (Linux)");
        Console.WriteLine("| phase | wall median / min (ms) | CPU median / min (ms) | share of Roslyn's parse (median) | (min) | allocated (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < names.Length; i++)
            Console.WriteLine($"| {names[i]} | {Median(wall[i]):F2} / {wall[i].Min():F2} | {Median(cpu[i]):F2} / {cpu[i].Min():F2} | " +
                              $"{Median(wall[i]) / roslynMedian:P0} | {wall[i].Min() / roslynMin:P0} | {allocated[i] / (double)rounds / 1e6:F1} |");
        Console.WriteLine($"Full check throughput vs Roslyn's parse: {roslynMedian / Median(wall[3]):F2}× at the median, {roslynMin / wall[3].Min():F2}× best-of-run " +
                          $"(CPU: {Median(cpu[4]) / Median(cpu[3]):F2}×); parse+bind+rules as phases: {roslynMedian / (Median(wall[0]) + Median(wall[1]) + Median(wall[2])):F2}× at the median.");
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
