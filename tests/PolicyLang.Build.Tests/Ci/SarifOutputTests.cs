using PolicyLang.Cli;
using PolicyLang.Diagnostics;

namespace PolicyLang.Build.Tests.Ci;

/// <summary>policylang check --format sarif writes SARIF 2.1.0 that the schema accepts.</summary>
public sealed class SarifOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Sarif(string path)
    {
        var output = new StringWriter();
        CheckCommand.Run([path], "sarif", Taal.Nl, output);
        return output.ToString();
    }

    [Fact]
    public void The_findings_of_every_example_are_valid_sarif()
    {
        var sarif = Sarif(Repo.PathOf("examples"));
        Assert.Contains("\"level\": \"warning\"", sarif);
        Assert.Empty(SarifSchema.Problems(sarif));
    }

    [Fact]
    public void Errors_and_related_locations_are_valid_sarif()
    {
        var folder = SmallKader.WriteTo(_temp.Combine("kapot"));
        // A duplicate id: an error with a related location (the first declaration).
        File.WriteAllText(Path.Combine(folder, "dubbel.beleid"), "doel MinderBijstand \"Nog eens\" {\n  meetbaar: nee\n}\n");
        var sarif = Sarif(folder);
        Assert.Contains("\"level\": \"error\"", sarif);
        Assert.Contains("relatedLocations", sarif);
        Assert.Empty(SarifSchema.Problems(sarif));
    }

    [Theory]
    [InlineData("\"level\": \"warning\"", "\"level\": \"serious\"")]
    [InlineData("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"")]
    [InlineData("\"startLine\": ", "\"startLine\": -")]
    [InlineData("\"ruleId\": ", "\"rule\": ")]
    public void The_schema_rejects_what_the_standard_rejects(string valid, string invalid)
    {
        var sarif = Sarif(Repo.PathOf("examples", "steenwijkerland"));
        Assert.Contains(valid, sarif);
        Assert.NotEmpty(SarifSchema.Problems(sarif.Replace(valid, invalid)));
    }
}
