using PolicyLang.Emit;
using PolicyLang.Runtime;
using Xunit;

namespace PolicyLang.Backend.Tests;

internal static class BackendTestSupport
{
    public static string RepoRoot { get; } = FindRoot();
    public static string ExamplesDir => Path.Combine(RepoRoot, "examples");

    public static IEnumerable<string> ExampleFolders() =>
        Directory.EnumerateDirectories(ExamplesDir).Where(d => Directory.EnumerateFiles(d, "*.beleid").Any()).Order(StringComparer.Ordinal);

    /// <summary>The example folders by name, as theory data (one case per seed kader).</summary>
    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var folder in ExampleFolders()) data.Add(Path.GetFileName(folder));
        return data;
    }

    public static Compilation LoadFolder(string folder) =>
        Compilation.FromSources(Directory.EnumerateFiles(folder, "*.beleid").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))));

    /// <summary>Compiles .beleid snippets (one file each, in folder "k") into a loaded monitor; fails the test on any error.</summary>
    public static (KaderMonitor Monitor, CompiledMonitor Compiled, Compilation Source) BuildMonitor(params string[] files)
    {
        var compilation = Compilation.FromSources(files.Select((text, i) => ($"/virtual/k/file{i}.beleid", text)));
        var result = MonitorBuild.Build(compilation);
        Assert.True(result.PolicyErrors.Count == 0, "policy errors: " + string.Join("\n", result.PolicyErrors));
        Assert.NotNull(result.Monitor);
        Assert.True(result.Monitor!.Success, "C# errors: " + string.Join("\n", result.Monitor.Errors) + "\n" + result.Monitor.Source.Code);
        return (MonitorHost.Load(result.Monitor.Assembly), result.Monitor, compilation);
    }

    public static MeasurementData Data(params (string Indicator, string Period, decimal Value)[] rows) =>
        new(rows.GroupBy(r => r.Indicator).Select(g => new MeasurementSeries(g.Key,
            g.Select(r => { Assert.True(Period.TryParse(r.Period, out var p)); return new Measurement(p, r.Value); }))));

    /// <summary>What <c>policylang monitor</c> prints on a console with these colours (no colours: as in a CI log).</summary>
    public static string ConsoleReportText(PolicyLang.Cli.Monitoring.MonitorReport report, Spectre.Console.ColorSystemSupport colours)
    {
        var output = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(output),
            Ansi = colours == Spectre.Console.ColorSystemSupport.NoColors ? Spectre.Console.AnsiSupport.No : Spectre.Console.AnsiSupport.Yes,
            ColorSystem = colours,
        });
        PolicyLang.Cli.Monitoring.ConsoleReport.Write(console, report);
        return output.ToString();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PolicyLang.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PolicyLang.sln not found above the test binaries");
    }
}
