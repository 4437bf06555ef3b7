using System.Diagnostics;

namespace PolicyLang.MonitorBenchmarks;

/// <summary>
/// Cold `policylang build` (a fresh process: start-up, JIT or ReadyToRun code, parse, bind, generate,
/// Roslyn emit, write) against the SDK's own csc (a fresh `dotnet csc.dll` process) compiling the
/// same generated C# with the same references and options, interleaved in one run.
/// </summary>
public static class ColdBuild
{
    public sealed record Timing(string Name, double[] Seconds)
    {
        public double Median => Seconds.Order().ElementAt(Seconds.Length / 2);
        public double Min => Seconds.Min();
    }

    public static (Timing Build, Timing Csc) Run(string cli, string kaderFolder, int rounds, Action<string> log)
    {
        var work = Directory.CreateTempSubdirectory("policylang-coldbuild-").FullName;
        try
        {
            // The generated C# and the references, taken from one build by the CLI under test.
            Exec(cli, ["build", kaderFolder, "-o", Path.Combine(work, "gen"), "--csharp"], out _);
            var generated = Directory.GetFiles(Path.Combine(work, "gen"), "*.g.cs").Single();
            var cliDir = Path.GetDirectoryName(Path.GetFullPath(cli.EndsWith(".dll", StringComparison.Ordinal) ? cli : cli))!;
            var references = Directory.GetFiles(Path.Combine(cliDir, "refs"), "*.dll").Append(Path.Combine(cliDir, "PolicyLang.Runtime.dll")).ToList();
            var csc = FindCsc();
            log($"csc: {csc}");
            var cscArgs = new List<string> { csc, "/nologo", "/noconfig", "/nostdlib+", "/target:library", "/optimize+", "/deterministic+",
                "/debug:portable", "/nullable:enable", "/langversion:latest", $"/out:{Path.Combine(work, "csc.dll")}" };
            cscArgs.AddRange(references.Select(r => "/r:" + r));
            cscArgs.Add(generated);

            var build = new double[rounds];
            var cscTimes = new double[rounds];
            for (var r = 0; r < rounds; r++)
            {
                // alternate which goes first, so a warm disk cache or a load spike favours neither
                if (r % 2 == 0)
                {
                    build[r] = Exec(cli, ["build", kaderFolder, "-o", Path.Combine(work, "b" + r)], out _);
                    cscTimes[r] = Exec("dotnet", cscArgs, out _);
                }
                else
                {
                    cscTimes[r] = Exec("dotnet", cscArgs, out _);
                    build[r] = Exec(cli, ["build", kaderFolder, "-o", Path.Combine(work, "b" + r)], out _);
                }
                log($"round {r + 1}: policylang build {build[r]:F2} s, csc {cscTimes[r]:F2} s");
            }
            return (new Timing("policylang build (cold process)", build), new Timing("SDK csc on the generated C# (cold process)", cscTimes));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double Exec(string file, IEnumerable<string> args, out string output) => TimedProcess.Run(file, args, out output);

    /// <summary>The csc.dll of the SDK that `dotnet` runs (sdk/VERSION/Roslyn/bincore/csc.dll).</summary>
    internal static string FindCsc()
    {
        Exec("dotnet", ["--version"], out var version);
        var dotnetRoot = Path.GetDirectoryName(Environment.ProcessPath!)!;
        var candidates = new[] { dotnetRoot, "/usr/share/dotnet", "/usr/lib/dotnet" };
        foreach (var root in candidates)
        {
            var csc = Path.Combine(root, "sdk", version.Trim(), "Roslyn", "bincore", "csc.dll");
            if (File.Exists(csc)) return csc;
        }
        throw new FileNotFoundException($"csc.dll of SDK {version.Trim()} not found");
    }
}
