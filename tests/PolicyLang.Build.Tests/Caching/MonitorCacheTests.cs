using PolicyLang.Cli;
using PolicyLang.Cli.Caching;
using PolicyLang.Diagnostics;
using Spectre.Console;

namespace PolicyLang.Build.Tests.Caching;

public sealed class MonitorCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_key_depends_on_the_content_and_the_folder_name_not_on_where_the_folder_lives()
    {
        var a = SmallKader.WriteTo(_temp.Combine("a", "voorbeeld"));
        var b = SmallKader.WriteTo(_temp.Combine("b", "voorbeeld"));
        var renamed = SmallKader.WriteTo(_temp.Combine("c", "anders"));
        Assert.Equal(MonitorCache.KeyOf(a), MonitorCache.KeyOf(b));
        Assert.NotEqual(MonitorCache.KeyOf(a), MonitorCache.KeyOf(renamed)); // the folder names the embedded documents

        var before = MonitorCache.KeyOf(b);
        File.AppendAllText(Path.Combine(b, "kader.beleid"), " ");
        Assert.NotEqual(before, MonitorCache.KeyOf(b));

        var withoutOptions = MonitorCache.KeyOf(a);
        File.WriteAllText(Path.Combine(a, "policylang.json"), "{}");
        Assert.NotEqual(withoutOptions, MonitorCache.KeyOf(a));

        var withoutTest = MonitorCache.KeyOf(renamed);
        File.WriteAllText(Path.Combine(renamed, "x.beleidtest"), "geval: g");
        Assert.Equal(withoutTest, MonitorCache.KeyOf(renamed)); // only what goes into the assembly counts
    }

    [Fact]
    public void Monitor_reuses_the_cached_monitor_and_says_so_and_judges_the_same()
    {
        // Unique text: the first run cannot find this kader in any cache.
        var kader = SmallKader.WriteTo(_temp.Combine("voorbeeld"));
        File.AppendAllText(Path.Combine(kader, "kader.beleid"), $"\n// {Guid.NewGuid()}\n");
        var metingen = _temp.Combine("m.csv");
        File.WriteAllText(metingen, "indicator;periode;waarde\nBijstand;2015;410\nBijstand;2018;380\n");

        (int Exit, string Output) Run()
        {
            var output = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(output) });
            var exit = MonitorCommand.Run(new MonitorOptions(kader, metingen, null, null, null, null, null, null, Taal.Nl), output, console);
            return (exit, output.ToString());
        }

        var cold = Run();
        Assert.Equal(0, cold.Exit);
        Assert.DoesNotContain("uit de cache", cold.Output);
        Assert.True(File.Exists(MonitorCache.PathOf(MonitorCache.KeyOf(kader))));

        var warm = Run();
        Assert.Equal(0, warm.Exit);
        Assert.Contains("monitor uit de cache (bronnen, compiler en referenties ongewijzigd): ", warm.Output);
        Assert.Equal(cold.Output, warm.Output[(warm.Output.IndexOf('\n') + 1)..]);
    }

    [Fact]
    public void A_damaged_cache_entry_is_rebuilt()
    {
        var kader = SmallKader.WriteTo(_temp.Combine("voorbeeld"));
        File.AppendAllText(Path.Combine(kader, "kader.beleid"), $"\n// {Guid.NewGuid()}\n");
        var key = MonitorCache.KeyOf(kader);
        MonitorCache.TryWrite(key, [1, 2, 3]);
        var output = new StringWriter();
        Assert.NotNull(CachedMonitor.Load(kader, Taal.Nl, output, out var failure));
        Assert.Equal(0, failure);
        Assert.DoesNotContain("uit de cache", output.ToString());
        Assert.True(new FileInfo(MonitorCache.PathOf(key)).Length > 3);
    }

    [Fact]
    public void The_cache_folder_is_the_environment_variable_else_the_user_cache_never_the_repository()
    {
        var before = Environment.GetEnvironmentVariable(MonitorCache.EnvironmentVariable);
        try
        {
            // Other tests running meanwhile may write to either folder; entries are content-addressed, so that is harmless.
            Environment.SetEnvironmentVariable(MonitorCache.EnvironmentVariable, _temp.Combine("eigen"));
            Assert.Equal(_temp.Combine("eigen"), MonitorCache.Directory());
            Environment.SetEnvironmentVariable(MonitorCache.EnvironmentVariable, null);
            var standard = MonitorCache.Directory();
            Assert.EndsWith(Path.Combine("policylang", "monitors"), standard);
            Assert.False(standard.StartsWith(Repo.Root, StringComparison.Ordinal), standard);
        }
        finally
        {
            Environment.SetEnvironmentVariable(MonitorCache.EnvironmentVariable, before);
        }
    }
}
