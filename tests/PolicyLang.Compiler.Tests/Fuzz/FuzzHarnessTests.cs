using PolicyLang.Fuzz;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Fuzz;

/// <summary>
/// The fuzz harness (tests/PolicyLang.Fuzz, docs/reliability.md) at its CI size, in-process:
/// 20,000 inputs and 1,000 edit sequences from a fixed seed.
/// </summary>
public sealed class FuzzHarnessTests
{
    [Fact]
    public void The_small_run_finds_no_failure()
    {
        var options = FuzzOptions.Small(ExamplesDir);
        var report = FuzzRunner.Run(options);

        Assert.Equal(options.Inputs, report.InputsChecked);
        Assert.Equal(options.EditSequences, report.EditSequencesChecked);
        var failures = report.Findings.Select(f => $"{f.Key}: {f.Value.Count}x, {FuzzReport.Shorten(f.Value.Reproducer)}").ToList();
        Assert.True(failures.Count == 0, "fuzz failures:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The CI smoke run of the coverage-guided target: the committed corpus (the small kaders of
    /// docs/diagnostics.md and the reproducers of issue 20) through the very method afl-fuzz calls.
    /// </summary>
    [Fact]
    public void The_coverage_guided_targets_corpus_replays_without_failure()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot, "tests", "PolicyLang.Fuzz", "corpus", "beleid"));
        Assert.True(files.Length >= 40, $"{files.Length} corpus files");
        foreach (var file in files) CoverageTarget.Run(File.ReadAllBytes(file));
    }

    [Fact]
    public void The_harness_detects_what_it_checks()
    {
        // A text that is fine, and the checks really run: an unbalanced brace is still no failure.
        Assert.Empty(InputCheck.Run("thema T \"t\" { nummer: 1 }\n"));
        Assert.Empty(InputCheck.Run("{\n{\n"));
        // The minimiser keeps what makes a predicate fail and drops the rest.
        Assert.Equal("x", Minimiser.Minimise("aaa\nbxb\nccc", t => t.Contains('x'), budget: 200));
    }

    [Fact]
    public void The_same_seed_gives_the_same_inputs()
    {
        var first = new InputGenerator(new Random(7), ["doel D \"d\" { nulmeting: 5 in 2018 }"], 100);
        var second = new InputGenerator(new Random(7), ["doel D \"d\" { nulmeting: 5 in 2018 }"], 100);
        for (var i = 0; i < 200; i++) Assert.Equal(first.Next(), second.Next());
    }
}
