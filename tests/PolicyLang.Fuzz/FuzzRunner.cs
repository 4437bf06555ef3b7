using System.Diagnostics;
using PolicyLang.Benchmarks;

namespace PolicyLang.Fuzz;

/// <summary>Runs the inputs and edit sequences of one <see cref="FuzzOptions"/> and minimises the first reproducer of every failure class.</summary>
public static class FuzzRunner
{
    public static FuzzReport Run(FuzzOptions options, TextWriter? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var examples = ReadExamples(options.ExamplesDirectory);
        var random = new Random(options.Seed);
        var generator = new InputGenerator(random, examples, options.MaxRepetition);
        var report = new FuzzReport();

        var perInput = new Stopwatch();
        for (var i = 0; i < options.Inputs; i++)
        {
            var input = generator.Next();
            var cpuBefore = ThreadCpuClock.Now();
            perInput.Restart();
            var failures = InputCheck.Run(input);
            var wall = perInput.Elapsed;
            var cpu = ThreadCpuClock.Available ? TimeSpan.FromTicks((ThreadCpuClock.Now() - cpuBefore) / 100) : (TimeSpan?)null;
            if (wall > report.SlowestInput)
                (report.SlowestInput, report.SlowestInputLength, report.SlowestInputStart) = (wall, input.Length, FuzzReport.Shorten(FuzzReport.Literal(input[..Math.Min(input.Length, 300)])));
            if (cpu is { } c && c > report.MostCpuInput)
                (report.MostCpuInput, report.MostCpuInputLength) = (c, input.Length);
            foreach (var failure in failures)
                if (report.Record(failure, FuzzReport.Literal(input)))
                {
                    var smallest = Minimiser.Minimise(input, t => InputCheck.Run(t).Contains(failure), options.MinimiserBudget);
                    report.SetReproducer(failure, FuzzReport.Literal(smallest));
                    progress?.WriteLine($"new failure class after {i + 1} inputs: {failure}: {FuzzReport.Shorten(FuzzReport.Literal(smallest))}");
                }
            report.InputsChecked++;
        }

        for (var i = 0; i < options.EditSequences; i++)
        {
            var states = EditSequenceCheck.Generate(random, generator, examples);
            var failure = EditSequenceCheck.Run(states);
            report.EditSequencesChecked++;
            if (failure is null || !report.Record(failure, Describe(states))) continue;
            var smallest = Minimiser.Minimise(states, s => EditSequenceCheck.Run(s) == failure, options.MinimiserBudget);
            report.SetReproducer(failure, Describe(smallest));
            progress?.WriteLine($"new failure class after {i + 1} edit sequences: {failure}");
        }

        report.Elapsed = clock.Elapsed;
        return report;
    }

    /// <summary>An edit sequence as its states, each the literals of the folder's files.</summary>
    private static string Describe(List<string[]> states) =>
        string.Join(" -> ", states.Select(s => "[" + string.Join(", ", s.Select(FuzzReport.Literal)) + "]"));

    /// <summary>
    /// The example files, plus the beleid blocks of docs/diagnostics.md when it lies next to the
    /// examples: small complete kaders that reach every rule, so mutated numbers meet the arithmetic.
    /// </summary>
    private static List<string> ReadExamples(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        var examples = Directory.EnumerateFiles(directory, "*.beleid", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var diagnostics = Path.Combine(directory, "..", "docs", "diagnostics.md");
        if (File.Exists(diagnostics))
            examples.AddRange(System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(diagnostics), "```beleid\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
                .Select(m => m.Groups[1].Value));
        return examples;
    }
}
