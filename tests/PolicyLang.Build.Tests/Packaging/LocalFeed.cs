namespace PolicyLang.Build.Tests.Packaging;

/// <summary>
/// Packs PolicyLang.Build and the PolicyLang.Cli tool once per test run into a local feed, with a NuGet.config that knows only that feed and an empty
/// package folder of its own. So every restore below is offline, and a package of an earlier run
/// with the same version can never be picked up from the user's NuGet cache.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    public LocalFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "policylang-feed-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        // PolicyLang.Build packs what the solution build made. The tool is packed with a build: its
        // RID-specific ReadyToRun package needs the linux-x64 build the solution build does not make.
        Pack("compiler/PolicyLang.Build", "--no-build");
        Pack("compiler/PolicyLang.Cli");
        ConfigFile = Path.Combine(Root, "NuGet.config");
        File.WriteAllText(ConfigFile, NuGetConfig(Feed));
    }

    private void Pack(string project, params string[] options)
    {
        var pack = DotnetProcess.Dotnet(["pack", Repo.PathOf(project), "-c", Repo.Configuration, "-o", Feed, "-nodeReuse:false", .. options], Repo.Root, timeoutSeconds: 900);
        if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {project} failed:\n{pack}");
    }

    public string Root { get; }
    public string Feed { get; }
    public string ConfigFile { get; }

    /// <summary>Only the local feed: nothing can come from the network.</summary>
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="policylang-local" value="{feed}" />
          </packageSources>
        </configuration>
        """;

    /// <summary>A fresh, empty NuGet package folder for one scenario.</summary>
    public IReadOnlyDictionary<string, string> IsolatedEnvironment(string name) => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages-" + name),
        ["POLICYLANG_CACHE"] = Path.Combine(Root, "cache-" + name),
    };

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class LocalFeedCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "local feed";
}
