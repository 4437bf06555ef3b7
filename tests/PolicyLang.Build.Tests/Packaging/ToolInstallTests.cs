using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace PolicyLang.Build.Tests.Packaging;

/// <summary>The packed dotnet tool installs offline from the local feed and works.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed class ToolInstallTests(LocalFeed feed)
{
    [Fact]
    public void The_tool_installs_from_the_local_feed_prints_version_and_commit_and_builds_a_kader()
    {
        var toolPath = Path.Combine(feed.Root, "tool");
        var environment = feed.IsolatedEnvironment("tool");
        var install = DotnetProcess.Dotnet(["tool", "install", "PolicyLang.Cli", "--tool-path", toolPath, "--version", "0.1.0", "--configfile", feed.ConfigFile], feed.Root, environment);
        Assert.True(install.ExitCode == 0, install.ToString());

        // On linux-x64 the RID-specific package is installed, compiled ReadyToRun (Roslyn included).
        if (OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64)
        {
            var roslyn = Directory.GetFiles(Path.Combine(toolPath, ".store"), "Microsoft.CodeAnalysis.CSharp.dll", SearchOption.AllDirectories).Single();
            Assert.Contains(Path.Combine("linux-x64", "Microsoft.CodeAnalysis.CSharp.dll"), roslyn);
            Assert.True(IsReadyToRun(roslyn), roslyn + " is not ReadyToRun");
        }

        var shim = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "policylang.exe" : "policylang");
        var version = DotnetProcess.Run(shim, ["--version"], feed.Root, environment);
        Assert.True(version.ExitCode == 0, version.ToString());
        // The version, then the commit it was built from (SourceLink's SourceRevisionId).
        Assert.Matches(new Regex(@"^0\.1\.0\+[0-9a-f]{40}\s*$"), version.Output);

        var kader = SmallKader.WriteTo(Path.Combine(feed.Root, "tool-kader", "voorbeeld"));
        var build = DotnetProcess.Run(shim, ["build", kader, "-o", Path.Combine(feed.Root, "tool-out")], feed.Root, environment);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(feed.Root, "tool-out", "PolicyLang.Monitor.Voorbeeld.dll")));
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
