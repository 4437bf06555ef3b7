using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PolicyLang.MonitorBenchmarks;

/// <summary>
/// Issue 20 item 6: `policylang monitor` on a measurement file of 1,000,000 valid rows, as CSV and
/// as JSON, each a fresh process timed by GNU time: wall clock, CPU time (user + system, which a
/// busy machine inflates far less than the wall clock) and peak resident memory. The kader is the
/// evaluation benchmark's (<see cref="MonitorWorkload"/>); the rows are its monthly measurements
/// written out as a writer would, so the whole path runs: reading, validating every row against
/// the kader, judging and the console report. A `dotnet hello.dll`-sized reference is not useful
/// here: the targets (under 5 s and 500 MB) are absolute, so the load average is printed with them.
/// </summary>
public static class MeasurementFileScale
{
    public sealed record Run(string Format, int Rows, double WallSeconds, double CpuSeconds, long PeakKilobytes);

    public static IReadOnlyList<Run> Measure(string cli, int doelen, int perDoel, int rounds, Action<string> log)
    {
        var work = Directory.CreateTempSubdirectory("policylang-metingen-").FullName;
        try
        {
            var kader = Path.Combine(work, "kader");
            Directory.CreateDirectory(kader);
            File.WriteAllText(Path.Combine(kader, "kader.beleid"), MonitorWorkload.Kader(doelen));
            var csv = Path.Combine(work, "metingen.csv");
            var json = Path.Combine(work, "metingen.json");
            WriteCsv(csv, doelen, perDoel);
            WriteJson(json, doelen, perDoel);
            var rows = doelen * perDoel;
            log($"{rows:N0} rows: CSV {new FileInfo(csv).Length / 1e6:F0} MB, JSON {new FileInfo(json).Length / 1e6:F0} MB");
            // One build first, so every timed run finds the monitor in the cache (the CLI's normal case).
            Time(cli, kader, csv, work);
            var runs = new List<Run>();
            foreach (var (format, file) in new[] { ("CSV", csv), ("JSON", json) })
            {
                for (var r = 0; r < rounds; r++)
                {
                    var (wall, cpu, peak) = Time(cli, kader, file, work);
                    log($"{format} round {r + 1}: {wall:F2} s wall, {cpu:F2} s CPU, {peak / 1024} MB");
                    runs.Add(new Run(format, rows, wall, cpu, peak));
                }
            }
            return runs;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    static (double Wall, double Cpu, long PeakKb) Time(string cli, string kader, string file, string work)
    {
        var report = Path.Combine(work, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-f", "%e %U %S %M", "-o", report, "dotnet", cli, "monitor", kader, "--metingen", file })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        // Exit 1 is the monitor's answer "some doel is rood"; anything else is a failed run.
        if (process.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"monitor {file} failed ({process.ExitCode}):\n{stdout.Result}{stderr.Result}");
        var f = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
        double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return (D(f[0]), D(f[1]) + D(f[2]), long.Parse(f[3], CultureInfo.InvariantCulture));
    }

    // Dutch number writing (1.234,5) without a culture: the project runs in invariant-globalization mode.
    static readonly NumberFormatInfo Nl = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    /// <summary>The rows of <see cref="MonitorWorkload.Data"/>: the same seed, walk and periods.</summary>
    static IEnumerable<(string Indicator, string Period, decimal Value)> Rows(int doelen, int perDoel, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < doelen; i++)
        {
            var level = 900m + random.Next(0, 200);
            for (var m = 0; m < perDoel; m++)
            {
                level += random.Next(-20, 20);
                yield return ($"I{i}", $"{MonitorWorkload.FirstYear + m / 12}-{m % 12 + 1:D2}", level);
            }
        }
    }

    static void WriteCsv(string path, int doelen, int perDoel)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("indicator;periode;waarde\n");
        foreach (var (indicator, period, value) in Rows(doelen, perDoel))
            w.Write($"{indicator};{period};{value.ToString("#,##0.##", Nl)}\n");
    }

    static void WriteJson(string path, int doelen, int perDoel)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("[\n");
        var first = true;
        foreach (var (indicator, period, value) in Rows(doelen, perDoel))
        {
            w.Write(first ? "" : ",\n");
            first = false;
            w.Write($"{{ \"indicator\": \"{indicator}\", \"periode\": \"{period}\", \"waarde\": {value.ToString(CultureInfo.InvariantCulture)} }}");
        }
        w.Write("\n]\n");
    }
}
