using System.Reflection;

namespace PolicyLang.Build.Tests;

/// <summary>Where the repository and this build's configuration are.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Debug or Release: the packaging tests pack the projects of the same build, with no build.</summary>
    public static string Configuration { get; } = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "Configuration").Value!;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PolicyLang.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PolicyLang.sln not found above " + AppContext.BaseDirectory);
    }
}
