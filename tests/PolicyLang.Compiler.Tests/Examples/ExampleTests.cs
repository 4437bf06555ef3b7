using PolicyLang.Diagnostics;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Examples;

/// <summary>
/// Every seed is encoded under examples/; each must parse and bind without errors, round-trip,
/// and match its reviewed baseline in Baselines/ (UPDATE_BASELINES=1 scripts/test rewrites them).
/// </summary>
public class ExampleTests
{
    public static TheoryData<string> Folders() => [.. ExampleFolders().Select(Path.GetFileName).OfType<string>()];

    private static Compilation CompileExample(string name)
    {
        var folder = Path.Combine(ExamplesDir, name);
        var files = Directory.EnumerateFiles(folder, "*.beleid").Order(StringComparer.Ordinal);
        return Compilation.FromSources(files.Select(f => ($"examples/{name}/{Path.GetFileName(f)}", File.ReadAllText(f))));
    }

    [Fact]
    public void AllFiveSeedsAreEncoded() => Assert.True(ExampleFolders().Count() >= 5);

    [Theory]
    [MemberData(nameof(Folders))]
    public void ExampleHasNoErrorsAndRoundTrips(string name)
    {
        var compilation = CompileExample(name);
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.All(compilation.Trees, tree => Assert.Equal(tree.Text.Text, tree.Root.ToFullString()));
        Assert.Single(compilation.Model.OfKind(PolicyLang.Binding.ElementKind.Kader));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void ExampleMatchesBaseline(string name)
    {
        var actual = BaselineWriter.Write(name, CompileExample(name));
        var path = Path.Combine(RepoRoot, "tests", "PolicyLang.Compiler.Tests", "Baselines", name + ".baseline.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run UPDATE_BASELINES=1 scripts/test and review the diff");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
