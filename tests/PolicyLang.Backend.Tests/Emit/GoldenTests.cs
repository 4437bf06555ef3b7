using PolicyLang.Emit;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Emit;

/// <summary>
/// The generated C# of a small kader, kept as a readable golden file next to its sources and
/// reviewed in the diff. Regenerate with UPDATE_BASELINES=1 dotnet test tests/PolicyLang.Backend.Tests.
/// </summary>
public class GoldenTests
{
    [Theory]
    [InlineData("voorbeeld")]
    public void GeneratedCodeMatchesTheGoldenFile(string name)
    {
        var folder = Path.Combine(RepoRoot, "tests", "PolicyLang.Backend.Tests", "Golden", name);
        var generated = MonitorSourceGenerator.Generate(LoadFolder(folder).Model);
        var golden = Path.Combine(folder, "..", name + ".g.cs");
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1") File.WriteAllText(golden, generated.Code);
        Assert.True(File.Exists(golden), $"golden file {golden} is missing: run with UPDATE_BASELINES=1");
        Assert.Equal(File.ReadAllText(golden), generated.Code);
        Assert.True(MonitorCompiler.Compile(generated).Success);
    }
}
