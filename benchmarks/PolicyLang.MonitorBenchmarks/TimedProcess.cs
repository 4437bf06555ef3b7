using System.Diagnostics;

namespace PolicyLang.MonitorBenchmarks;

/// <summary>
/// Runs a program (a .dll through `dotnet`) to completion and returns its wall time in seconds;
/// a non-zero exit code is a failed benchmark, reported with everything the program printed.
/// </summary>
internal static class TimedProcess
{
    public static double Run(string file, IEnumerable<string> args, out string output, IReadOnlyDictionary<string, string>? environment = null)
    {
        var isDll = file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? "dotnet" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (isDll) start.ArgumentList.Add(file);
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = watch.Elapsed.TotalSeconds;
        output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{output}");
        return elapsed;
    }
}
