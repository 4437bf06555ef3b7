using System.Reflection;
using System.Runtime.Loader;

namespace PolicyLang.Runtime;

/// <summary>
/// What a host (the CLI, a dashboard) calls: load a monitor assembly, hand it measurements, get
/// results. Each monitor is loaded into its own collectible context; PolicyLang.Runtime itself is
/// shared with the host, so the types match.
/// </summary>
public static class MonitorHost
{
    public static KaderMonitor Load(string assemblyPath)
    {
        var context = new AssemblyLoadContext("monitor:" + Path.GetFileName(assemblyPath), isCollectible: true);
        using var stream = File.OpenRead(assemblyPath);
        return Create(context.LoadFromStream(stream));
    }

    public static KaderMonitor Load(byte[] assembly)
    {
        var context = new AssemblyLoadContext("monitor", isCollectible: true);
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
