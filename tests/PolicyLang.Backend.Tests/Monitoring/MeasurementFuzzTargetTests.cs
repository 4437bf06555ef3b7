using PolicyLang.Fuzz;
using Xunit;

namespace PolicyLang.Backend.Tests.Monitoring;

/// <summary>
/// The CI smoke run of the measurement readers' coverage-guided target (docs/reliability.md):
/// the committed corpus through the very method afl-fuzz calls, in-process.
/// </summary>
public sealed class MeasurementFuzzTargetTests
{
    private static readonly string Corpus = Path.Combine(BackendTestSupport.RepoRoot, "tests", "PolicyLang.Fuzz", "corpus", "metingen");

    [Fact]
    public void The_measurement_corpus_replays_without_failure()
    {
        var files = Directory.GetFiles(Corpus);
        Assert.True(files.Length >= 25, $"{files.Length} corpus files");
        foreach (var file in files) MeasurementTarget.Run(File.ReadAllBytes(file));
    }

    [Theory]
    [InlineData("valid.json", 2)]
    [InlineData("valid-semicolon.csv", 4)]
    [InlineData("object.json", 1)]
    public void A_valid_file_of_the_corpus_is_read_into_measurements_as_both_formats_are_told_apart(string name, int rows)
    {
        var result = MeasurementTarget.Run(File.ReadAllBytes(Path.Combine(Corpus, name)));
        Assert.True(result.Success, string.Join("\n", result.Errors.Select(e => e.Format(false))));
        Assert.Equal(rows, result.Rows);
    }

    [Theory]
    [InlineData("duplicate-field.json")]
    [InlineData("broken.json")]
    [InlineData("ragged.csv")]
    [InlineData("empty.csv")]
    public void A_malformed_file_of_the_corpus_is_an_error_with_a_line_in_the_file(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus, name));
        var result = MeasurementTarget.Run(bytes);
        Assert.False(result.Success);
        Assert.All(result.Errors, e => Assert.InRange(e.Line, 1, bytes.Count(b => b == (byte)'\n') + 1));
    }
}
