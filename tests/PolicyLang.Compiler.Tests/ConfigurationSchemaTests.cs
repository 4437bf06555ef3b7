using PolicyLang.Analysis;
using Xunit;

namespace PolicyLang.Tests;

/// <summary>docs/policylang.schema.json is generated (<see cref="ConfigurationSchema"/>); the committed file must be the generator's output.</summary>
public class ConfigurationSchemaTests
{
    [Fact]
    public void TheCommittedSchemaIsTheGeneratedOne()
    {
        var path = Path.Combine(TestSupport.RepoRoot, "docs", "policylang.schema.json");
        var generated = ConfigurationSchema.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run UPDATE_BASELINES=1 scripts/test and review the diff");
        Assert.Equal(File.ReadAllText(path), generated);
    }
}
