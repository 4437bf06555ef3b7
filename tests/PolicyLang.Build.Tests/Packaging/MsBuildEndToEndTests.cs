using System.Text.RegularExpressions;

namespace PolicyLang.Build.Tests.Packaging;

/// <summary>
/// dotnet build builds monitors: a fresh project in a temporary folder references the packed
/// PolicyLang.Build from the local feed (offline), lists a kader, and is built as a user would.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class MsBuildEndToEndTests(LocalFeed feed)
{
    private const string Program = """
        // Compiles against the monitor assembly the build produced, and loads it through the runtime.
        var monitor = new PolicyLang.Monitors.Kader_Voorbeeld();
        var loaded = PolicyLang.Runtime.MonitorHost.Load(typeof(PolicyLang.Monitors.Kader_Voorbeeld).Assembly.Location);
        Console.WriteLine($"{monitor.Kader.Id}: {monitor.Goals.Count} doel(en), geladen: {loaded.Kader.Id}");
        """;

    [Fact]
    public void A_project_builds_its_kader_incrementally_reports_diagnostics_and_fails_on_errors()
    {
        var project = Path.Combine(feed.Root, "app");
        var kader = SmallKader.WriteTo(Path.Combine(project, "kaders", "voorbeeld"));
        File.WriteAllText(Path.Combine(project, "NuGet.config"), LocalFeed.NuGetConfig(feed.Feed));
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(project, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PolicyLang.Build" Version="0.1.0" />
                <PolicyKader Include="kaders/voorbeeld" />
              </ItemGroup>
            </Project>
            """);
        var environment = feed.IsolatedEnvironment("msbuild");
        ProcessResult Build() => DotnetProcess.Dotnet(["build", "-v:n", "-nodeReuse:false", "--disable-build-servers"], project, environment);
        var monitorDll = Path.Combine(project, "obj", "Debug", "net10.0", "policylang", "voorbeeld", "PolicyLang.Monitor.Voorbeeld.dll");

        // 1. First build: restored from the local feed only, the kader compiled, its warnings in MSBuild form.
        var first = Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(new Regex(@"kaders/voorbeeld/kader\.beleid\(\d+,\d+\): warning PL3003: "), first.Output);
        Assert.True(File.Exists(monitorDll), first.ToString());
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net10.0", "PolicyLang.Monitor.Voorbeeld.dll")), "the monitor is copied to the output");
        var run = DotnetProcess.Dotnet([Path.Combine(project, "bin", "Debug", "net10.0", "App.dll")], project, environment);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Voorbeeld: 1 doel(en), geladen: Voorbeeld", run.Output);

        // 2. Nothing changed: the compile target is skipped and the monitor is not written again.
        var written = File.GetLastWriteTimeUtc(monitorDll);
        var second = Build();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"PolicyLangCompileKader\" because all output files are up-to-date", second.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(monitorDll));

        // 3. A changed kader is compiled again.
        File.AppendAllText(Path.Combine(kader, "kader.beleid"), "\n// gewijzigd\n");
        var third = Build();
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.DoesNotContain("Skipping target \"PolicyLangCompileKader\"", third.Output);
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(monitorDll));

        // 4. An error in the kader is an MSBuild error with file, line and column, and fails the build.
        File.WriteAllText(Path.Combine(kader, "fout.beleid"), "doel Kapot \"Kapot\" {\n  indicator: BestaatNiet\n}\n");
        var broken = Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(new Regex(@"kaders/voorbeeld/fout\.beleid\(2,\d+\): error PL\d{4}: "), broken.Output);

        // 5. So is a listed kader folder without .beleid files (it would otherwise be skipped silently).
        File.Delete(Path.Combine(kader, "fout.beleid"));
        Directory.CreateDirectory(Path.Combine(project, "kaders", "leeg"));
        var csproj = Path.Combine(project, "App.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("<PolicyKader Include=\"kaders/voorbeeld\" />", "<PolicyKader Include=\"kaders/voorbeeld\" /><PolicyKader Include=\"kaders/leeg\" />"));
        var empty = Build();
        Assert.NotEqual(0, empty.ExitCode);
        Assert.Contains("error PLB003: PolicyKader 'kaders/leeg' bevat geen .beleid-bestanden", empty.Output);
    }
}
