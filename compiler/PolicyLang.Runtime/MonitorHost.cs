using System.Reflection;
using System.Runtime.Loader;

namespace PolicyLang.Runtime;

/// <summary>
/// What a host (the CLI, a dashboard) calls: load a monitor assembly, hand it measurements, get
/// results. Each monitor is loaded into its own collectible context; PolicyLang.Runtime itself is
/// shared with the host, so the types match.
/// A host that loads one monitor and then exits (the CLI) asks for a non-collectible context: the
/// runtime does not tier code of collectible assemblies, so every monitor method would be
/// JIT-compiled fully optimised up front (the constructor of a large kader alone is several KB
/// of IL), which is most of a warm <c>policylang monitor</c>'s time (docs/performance.md).
/// </summary>
public static class MonitorHost
{
    public static KaderMonitor Load(string assemblyPath, bool collectible = true)
    {
        var context = new AssemblyLoadContext("monitor:" + Path.GetFileName(assemblyPath), collectible);
        using var stream = File.OpenRead(assemblyPath);
        return Create(context.LoadFromStream(stream));
    }

    public static KaderMonitor Load(byte[] assembly, bool collectible = true)
    {
        var context = new AssemblyLoadContext("monitor", collectible);
        using var stream = new MemoryStream(assembly, writable: false);
        return Create(context.LoadFromStream(stream));
    }

    private static KaderMonitor Create(Assembly assembly)
    {
        var attribute = assembly.GetCustomAttribute<KaderMonitorAttribute>()
            ?? throw new InvalidDataException($"'{assembly.GetName().Name}' is not a PolicyLang monitor assembly (no KaderMonitor attribute)");
        if (!typeof(KaderMonitor).IsAssignableFrom(attribute.MonitorType))
            throw new InvalidDataException($"'{attribute.MonitorType}' is not a KaderMonitor");
        return (KaderMonitor)Activator.CreateInstance(attribute.MonitorType)!;
    }
}
