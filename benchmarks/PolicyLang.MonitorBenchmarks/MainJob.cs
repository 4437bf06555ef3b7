using System.Diagnostics;

namespace PolicyLang.MonitorBenchmarks;

/// <summary>
/// The README's main job, `policylang monitor` on a kader with its measurements, as a fresh
/// process (issue 18), in one interleaved run against its two references:
///  * warm (the monitor cache holds the kader) against a bare `dotnet hello.dll` process start
///    (target: at most 5x);
///  * cold (an empty cache for every round) against the SDK's csc compiling the same generated C#
///    as a fresh process (target: at most 1.3x).
/// hello.dll is compiled here by the same csc, so the comparison needs no project build.
/// </summary>
public static class MainJob
{
    public sealed record Result(ColdBuild.Timing Warm, ColdBuild.Timing Hello, ColdBuild.Timing Cold, ColdBuild.Timing Csc);

    public static Result Run(string cli, string kaderFolder, string measurements, int rounds, Action<string> log)
    {
        var work = Directory.CreateTempSubdirectory("policylang-mainjob-").FullName;
        try
        {
            var csc = ColdBuild.FindCsc();
            var cliDir = ToolDirectory(cli);
            var references = Directory.GetFiles(Path.Combine(cliDir, "refs"), "*.dll").ToList();

            // hello.dll: Console.WriteLine, with a runtimeconfig so `dotnet hello.dll` runs it.
            var helloSource = Path.Combine(work, "hello.cs");
            File.WriteAllText(helloSource, "System.Console.WriteLine(\"hello\");\n");
            var hello = Path.Combine(work, "hello.dll");
            var runtimeDir = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
            string[] helloReferences = ["System.Private.CoreLib.dll", "System.Runtime.dll", "System.Console.dll"];
            Exec("dotnet", [csc, "/nologo", "/noconfig", "/nostdlib+", "/target:exe", "/optimize+", $"/out:{hello}", .. helloReferences.Select(r => "/r:" + Path.Combine(runtimeDir, r)), helloSource], null);
            File.WriteAllText(Path.Combine(work, "hello.runtimeconfig.json"),
                $$"""{ "runtimeOptions": { "tfm": "net10.0", "framework": { "name": "Microsoft.NETCore.App", "version": "{{Environment.Version.ToString(3)}}" } } }""");

            // The generated C# of this kader, for csc.
            Exec(cli, ["build", kaderFolder, "-o", Path.Combine(work, "gen"), "--csharp"], null);
            var generated = Directory.GetFiles(Path.Combine(work, "gen"), "*.g.cs").Single();
            var cscArgs = new List<string> { csc, "/nologo", "/noconfig", "/nostdlib+", "/target:library", "/optimize+", "/deterministic+",
                "/debug:portable", "/nullable:enable", "/langversion:latest", $"/out:{Path.Combine(work, "csc.dll")}" };
            cscArgs.AddRange(references.Append(Path.Combine(cliDir, "PolicyLang.Runtime.dll")).Select(r => "/r:" + r));
            cscArgs.Add(generated);

            string[] monitorArgs = ["monitor", kaderFolder, "--metingen", measurements];
            var warmCache = Path.Combine(work, "cache-warm");
            Exec(cli, monitorArgs, warmCache); // fills the cache

            var warm = new double[rounds];
            var helloTimes = new double[rounds];
            var cold = new double[rounds];
            var cscTimes = new double[rounds];
            for (var r = 0; r < rounds; r++)
            {
                // Alternate the order, so a load spike or a warm disk cache favours neither side.
                var steps = new (Action Run, string Name)[]
                {
                    (() => warm[r] = Exec(cli, monitorArgs, warmCache), "warm"),
                    (() => helloTimes[r] = Exec("dotnet", [hello], null), "hello"),
                    (() => cold[r] = Exec(cli, monitorArgs, Path.Combine(work, "cache-cold-" + r)), "cold"),
                    (() => cscTimes[r] = Exec("dotnet", cscArgs, null), "csc"),
                };
                foreach (var step in r % 2 == 0 ? steps : steps.Reverse()) step.Run();
                log($"round {r + 1}: warm {warm[r]:F3} s, hello {helloTimes[r]:F3} s, cold {cold[r]:F2} s, csc {cscTimes[r]:F2} s");
            }
            return new Result(new("policylang monitor, warm cache", warm), new("dotnet hello.dll", helloTimes),
                new("policylang monitor, empty cache", cold), new("SDK csc on the generated C#", cscTimes));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Where policylang.dll and refs/ are: next to the CLI, or for a dotnet tool shim in its .store.</summary>
    private static string ToolDirectory(string cli)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(cli))!;
        if (Directory.Exists(Path.Combine(dir, "refs"))) return dir;
        var store = Path.Combine(dir, ".store");
        return Directory.Exists(store)
            ? Path.GetDirectoryName(Directory.GetDirectories(store, "refs", SearchOption.AllDirectories).First())!
            : throw new DirectoryNotFoundException($"no refs/ next to {cli}");
    }

    private static double Exec(string file, IEnumerable<string> args, string? cache) =>
        TimedProcess.Run(file, args, out _, cache is null ? null : new Dictionary<string, string> { [MonitorCacheVariable] = cache });

    private const string MonitorCacheVariable = "POLICYLANG_CACHE";
}
