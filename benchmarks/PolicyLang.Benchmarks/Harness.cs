using System.Diagnostics;

namespace PolicyLang.Benchmarks;

/// <summary>One thing to time: <see cref="Run"/> processes <see cref="Bytes"/> bytes (<see cref="Tokens"/> tokens) of input.</summary>
public sealed record BenchCase(string Name, string Input, long Bytes, long Tokens, Func<object?> Run);

public sealed record BenchResult(BenchCase Case, double[] Milliseconds, double[] CpuMilliseconds, double AllocatedBytesPerOp, double Gen0PerOp, double Gen2PerOp)
{
    public double MedianMs => Median(Milliseconds);
    /// <summary>Median CPU time of the measuring thread (NaN where the clock is not available).</summary>
    public double MedianCpuMs => ThreadCpuClock.Available ? Median(CpuMilliseconds) : double.NaN;
    public double MinCpuMs => ThreadCpuClock.Available ? CpuMilliseconds.Min() : double.NaN;
    public double MinMs => Milliseconds.Min();
    public double MedianMBps => Case.Bytes / 1e6 / (MedianMs / 1000);
    public double BestMBps => Case.Bytes / 1e6 / (MinMs / 1000);
    public double MedianNsPerToken => MedianMs * 1e6 / Case.Tokens;

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

/// <summary>
/// A small Stopwatch harness, fast enough for CI:
/// <list type="bullet">
/// <item>Cases run interleaved (round-robin, the order rotating each round), so drift in machine
/// load or clock speed hits every case alike and the ratios stay fair.</item>
/// <item>Warm-up rounds first, at least <c>warmupRounds</c> and at least <c>minWarmup</c> of wall
/// time, so tiered compilation has promoted the hot paths to optimized code (tier 1, with PGO).</item>
/// <item>Before each timed operation a full blocking GC, so garbage from one case is not collected
/// on the next case's clock. Collections caused by the operation's own allocations are timed:
/// they are part of its cost.</item>
/// <item>Reports median and minimum of wall time and of the thread's CPU time (which leaves out
/// the time spent waiting for a core on a loaded machine); allocations and gen0/gen2 collections per operation.</item>
/// </list>
/// </summary>
public static class Harness
{
    public static IReadOnlyList<BenchResult> Run(IReadOnlyList<BenchCase> cases, int warmupRounds, int rounds, TimeSpan minWarmup, Action<string>? log = null)
    {
        var warmup = Stopwatch.StartNew();
        for (var r = 0; r < warmupRounds || warmup.Elapsed < minWarmup; r++)
            foreach (var c in cases) GC.KeepAlive(c.Run());
        log?.Invoke($"warm-up: {warmup.Elapsed.TotalSeconds:F1} s");

        var times = cases.Select(_ => new double[rounds]).ToArray();
        var cpuTimes = cases.Select(_ => new double[rounds]).ToArray();
        var allocated = new long[cases.Count];
        var gen0 = new long[cases.Count];
        var gen2 = new long[cases.Count];
        var measure = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            for (var j = 0; j < cases.Count; j++)
            {
                var i = (j + r) % cases.Count;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

                var g0 = GC.CollectionCount(0);
                var g2 = GC.CollectionCount(2);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuStart = ThreadCpuClock.Now();
                var start = Stopwatch.GetTimestamp();
                var result = cases[i].Run();
                var elapsed = Stopwatch.GetElapsedTime(start);
                cpuTimes[i][r] = (ThreadCpuClock.Now() - cpuStart) / 1e6;
                allocated[i] += GC.GetAllocatedBytesForCurrentThread() - before;
                gen0[i] += GC.CollectionCount(0) - g0;
                gen2[i] += GC.CollectionCount(2) - g2;
                GC.KeepAlive(result);
                times[i][r] = elapsed.TotalMilliseconds;
            }
        }
        log?.Invoke($"measured: {rounds} rounds in {measure.Elapsed.TotalSeconds:F1} s");

        return [.. cases.Select((c, i) => new BenchResult(c, times[i], cpuTimes[i], (double)allocated[i] / rounds, (double)gen0[i] / rounds, (double)gen2[i] / rounds))];
    }
}
