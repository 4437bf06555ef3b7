using PolicyLang.Diagnostics;
using PolicyLang.Runtime;

namespace PolicyLang.Cli.Caching;

/// <summary>
/// A kader folder's monitor for <c>monitor</c> and <c>test</c>: from the cache when the key
/// matches (and the output says so), else built through Roslyn and stored. A kader with errors is
/// never cached, so a hit always stands for a clean build.
/// </summary>
public static class CachedMonitor
{
    public static KaderMonitor? Load(string folder, Taal taal, TextWriter output, out int failure)
    {
        failure = 0;
        if (!Directory.Exists(folder))
            return BuildAndStore(folder, key: null, taal, output, out failure); // BuildFolder reports the missing folder
        var key = MonitorCache.KeyOf(folder);
        if (MonitorCache.TryRead(key) is { } cached)
        {
            try
            {
                var monitor = MonitorHost.Load(cached, collectible: false);
                output.WriteLine(taal == Taal.En
                    ? $"monitor from the cache (sources, compiler and references unchanged): {MonitorCache.PathOf(key)}"
                    : $"monitor uit de cache (bronnen, compiler en referenties ongewijzigd): {MonitorCache.PathOf(key)}");
                return monitor;
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidDataException or FileLoadException)
            {
                // A damaged entry is rebuilt and overwritten below.
            }
        }
        return BuildAndStore(folder, key, taal, output, out failure);
    }

    private static KaderMonitor? BuildAndStore(string folder, string? key, Taal taal, TextWriter output, out int failure)
    {
        var build = BuildCommand.BuildFolder(folder, taal, output, out failure);
        if (build is null) return null;
        if (key is not null) MonitorCache.TryWrite(key, build.Monitor!.Assembly);
        return MonitorHost.Load(build.Monitor!.Assembly, collectible: false);
    }
}
