using Microsoft.CodeAnalysis;

namespace PolicyLang.Emit;

/// <summary>
/// The metadata references monitors compile against: the reference assemblies the tool carries in
/// refs/ (copied from the targeting pack at build time), falling back to the running runtime's
/// trusted platform assemblies; plus PolicyLang.Runtime. Loaded once per process: creating
/// MetadataReferences is a large part of a cold compile.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly string[] FrameworkNames = ["System.Runtime", "System.Collections", "netstandard"];
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Cached = new(Load);

    public static IReadOnlyList<MetadataReference> All => Cached.Value;

    /// <summary>Where the framework references came from: "refs" (shipped) or "runtime" (fallback).</summary>
    public static string Origin { get; private set; } = "";

    private static IReadOnlyList<MetadataReference> Load()
    {
        var references = new List<MetadataReference>();
        var refsDir = Path.Combine(AppContext.BaseDirectory, "refs");
        var shipped = FrameworkNames.Select(n => Path.Combine(refsDir, n + ".dll")).Where(File.Exists).ToList();
        if (shipped.Count == FrameworkNames.Length)
        {
            Origin = "refs";
            references.AddRange(shipped.Select(p => MetadataReference.CreateFromFile(p)));
        }
        else
        {
            Origin = "runtime";
            var tpa = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
            references.AddRange(tpa.Where(p => FrameworkNames.Contains(Path.GetFileNameWithoutExtension(p)) || Path.GetFileName(p) == "System.Private.CoreLib.dll")
                .Select(p => MetadataReference.CreateFromFile(p)));
        }
        references.Add(MetadataReference.CreateFromFile(RuntimeAssemblyPath()));
        return references;
    }

    /// <summary>PolicyLang.Runtime.dll next to the tool (Location is empty in single-file apps).</summary>
    public static string RuntimeAssemblyPath()
    {
        var location = typeof(Runtime.KaderMonitor).Assembly.Location;
        return location.Length > 0 ? location : Path.Combine(AppContext.BaseDirectory, "PolicyLang.Runtime.dll");
    }
}
