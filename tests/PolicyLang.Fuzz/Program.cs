using System.Globalization;
using PolicyLang.Fuzz;

// policylang fuzz harness (docs/reliability.md). Exit code 0: no failure; 1: failures (printed with reproducers); 2: usage.
// `--check FILE` checks that one file (a reproducer), prints its failure classes and, on stderr, the warm time.
if (args is ["--check", var file])
{
    var text = File.ReadAllText(file);
    var failures = InputCheck.Run(text);
    foreach (var failure in failures) Console.WriteLine(failure);
    // A second, warm check gives the time a long run would see for this input (the first one pays for the JIT).
    var clock = System.Diagnostics.Stopwatch.StartNew();
    InputCheck.Run(text);
    Console.Error.WriteLine($"{text.Length} characters checked in {clock.Elapsed.TotalMilliseconds:F0} ms (warm)");
    return failures.Count == 0 ? 0 : 1;
}

// `--afl`: the coverage-guided target under afl-fuzz (instrumented with SharpFuzz; docs/reliability.md).
if (args is ["--afl"])
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        CoverageTarget.Run(buffer.ToArray());
    });
    return 0;
}

// `--afl-metingen`: the coverage-guided target for the measurement readers (instrument PolicyLang.Cli.dll too).
if (args is ["--afl-metingen"])
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        MeasurementTarget.Run(buffer.ToArray());
    });
    return 0;
}

// `--check-metingen FILE`: one measurement file (a crash afl saved) through that target.
if (args is ["--check-metingen", var measurements])
{
    try { MeasurementTarget.Run(File.ReadAllBytes(measurements)); }
    catch (Exception e) { Console.WriteLine(e); return 1; }
    return 0;
}

// `--scale`: the pathological sizes of issue 20 at n and 2n, CPU time and allocation (docs/reliability.md).
if (args is ["--scale"])
{
    ScaleCases.Run(Console.Out);
    return 0;
}

var options = FuzzOptions.Small(FindExamples());
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    options = args[i] switch
    {
        "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
        "--inputs" => options with { Inputs = int.Parse(value, CultureInfo.InvariantCulture) },
        "--edits" => options with { EditSequences = int.Parse(value, CultureInfo.InvariantCulture) },
        "--max-repetition" => options with { MaxRepetition = int.Parse(value, CultureInfo.InvariantCulture) },
        "--examples" => options with { ExamplesDirectory = value },
        _ => null!,
    };
    if (options is null) return Usage();
}
if (args.Length % 2 != 0) return Usage();

Console.WriteLine($"seed {options.Seed}, {options.Inputs} inputs, {options.EditSequences} edit sequences, examples from {options.ExamplesDirectory}");
var report = FuzzRunner.Run(options, Console.Out);
Console.Write(report);
return report.Findings.Count == 0 ? 0 : 1;

static int Usage()
{
    Console.Error.WriteLine("usage: PolicyLang.Fuzz [--seed N] [--inputs N] [--edits N] [--max-repetition N] [--examples DIR] | --check FILE | --afl | --check-metingen FILE | --afl-metingen");
    return 2;
}

static string FindExamples()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (Directory.Exists(Path.Combine(dir.FullName, "examples")) && File.Exists(Path.Combine(dir.FullName, "PolicyLang.sln")))
            return Path.Combine(dir.FullName, "examples");
    return "examples";
}
