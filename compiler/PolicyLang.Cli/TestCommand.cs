using PolicyLang.Cli.Caching;
using PolicyLang.Cli.Monitoring;
using PolicyLang.Cli.Output;
using PolicyLang.Cli.Testing;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;

namespace PolicyLang.Cli;

/// <summary>
/// policylang test: runs the <c>.beleidtest</c> files of each kader folder (the folder itself and
/// its <c>tests/</c>) against the kader's monitor and compares the statuses. Every failure names
/// the file and line of the expectation, the doel, the expected and the actual status and the
/// monitor's reason. Exit 0 all passed (or no tests), 1 a failure or an error in a test file, the
/// measurements or the kader, 2 usage or I/O problem.
/// </summary>
public static class TestCommand
{
    public static int Run(IReadOnlyList<string> folders, Taal taal, TextWriter output)
    {
        var english = taal == Taal.En;
        int files = 0, cases = 0, passed = 0, failed = 0, errors = 0;
        foreach (var folder in folders)
        {
            var testFiles = FindTestFiles(folder);
            if (testFiles.Count == 0)
            {
                output.WriteLine(english ? $"{folder}: no test files (*{BeleidTestFile.Extension})" : $"{folder}: geen testbestanden (*{BeleidTestFile.Extension})");
                continue;
            }
            var monitor = CachedMonitor.Load(folder, taal, output, out _);
            if (monitor is null) { errors++; continue; }
            // Post rows (realisation) are checked against the kader's begrotingen: its sources are read only when a file has one.
            var folderPath = folder;
            var posts = new BudgetPosts(() => SourceLoader.LoadFolder(Path.GetFullPath(folderPath)).Model);
            foreach (var path in testFiles)
            {
                files++;
                var file = BeleidTestFile.Parse(path, ReportedDiagnostic.DisplayPathOf(path), File.ReadAllText(path));
                foreach (var error in file.Errors) output.WriteLine(error.Format(english));
                errors += file.Errors.Count;
                if (file.Errors.Count > 0) continue; // a half-read file is not judged
                foreach (var testCase in file.Cases)
                {
                    cases++;
                    var (p, f, e) = RunCase(file, testCase, monitor, posts, english, output);
                    passed += p; failed += f; errors += e;
                }
            }
        }
        output.WriteLine(english
            ? $"{files} test file(s), {cases} case(s): {passed} expectation(s) passed, {failed} failed, {errors} error(s)"
            : $"{files} testbestand(en), {cases} geval(len): {passed} verwachting(en) geslaagd, {failed} mislukt, {errors} fout(en)");
        return failed > 0 || errors > 0 ? 1 : 0;
    }

    /// <summary>Measurements written in the test file itself, checked like a measurement file's rows.</summary>
    private static MeasurementReadResult ValidateInline(IEnumerable<RawMeasurement> rows, string display, KaderMonitor monitor, BudgetPosts posts)
    {
        var validator = new MeasurementValidator(display, [], monitor.Indicators, monitor.Kader.Gemeenten, onlyGemeente: null, posts);
        foreach (var row in rows) validator.Add(row);
        return validator.Finish();
    }

    private static (int Passed, int Failed, int Errors) RunCase(BeleidTestFile file, TestCase testCase, KaderMonitor monitor, BudgetPosts posts, bool english, TextWriter output)
    {
        var read = testCase.MeasurementFile is { } measurements
            ? MeasurementReader.Read(measurements, monitor, posts: posts)
            : ValidateInline(testCase.Rows, file.DisplayPath, monitor, posts);
        if (!read.Success)
        {
            foreach (var error in read.Errors) output.WriteLine(error.Format(english));
            return (0, 0, read.Errors.Count);
        }
        var result = monitor.Run(read.Data, testCase.Peiljaar);
        int passed = 0, failed = 0, errors = 0;
        foreach (var expectation in testCase.Expectations)
        {
            var where = $"{file.DisplayPath}({expectation.Line})";
            if (result.OutcomeOf(expectation.Goal) is not { } outcome)
            {
                var isNode = monitor.Goals.Any(g => g.Id == expectation.Goal);
                output.WriteLine(isNode
                    ? (english ? $"{where}: error: '{expectation.Goal}' has no status of its own (an ambitie or kaderstelling only rolls up)" : $"{where}: fout: '{expectation.Goal}' heeft geen eigen status (een ambitie of kaderstelling telt alleen op)")
                    : (english ? $"{where}: error: the kader has no doel '{expectation.Goal}'" : $"{where}: fout: het kader heeft geen doel '{expectation.Goal}'"));
                errors++;
                continue;
            }
            if (outcome.Status == expectation.Status) { passed++; continue; }
            failed++;
            output.WriteLine(english
                ? $"{where}: failed: case '{testCase.Name}', doel {expectation.Goal}: expected '{expectation.Status.Label(true)}', got '{outcome.Status.Label(true)}' (peiljaar {result.Peiljaar}; reason: {outcome.Reason.En})"
                : $"{where}: mislukt: geval '{testCase.Name}', doel {expectation.Goal}: verwacht '{expectation.Status.Label()}', uitkomst '{outcome.Status.Label()}' (peiljaar {result.Peiljaar}; reden: {outcome.Reason.Nl})");
        }
        return (passed, failed, errors);
    }

    /// <summary>The folder's own test files and those in its tests/ folder, in a stable order.</summary>
    public static IReadOnlyList<string> FindTestFiles(string folder)
    {
        if (!Directory.Exists(folder))
            throw new UserError($"'{folder}' is geen map", $"'{folder}' is not a folder");
        var pattern = "*" + BeleidTestFile.Extension;
        var tests = Path.Combine(folder, "tests");
        return Directory.EnumerateFiles(folder, pattern)
            .Concat(Directory.Exists(tests) ? Directory.EnumerateFiles(tests, pattern) : [])
            .Order(StringComparer.Ordinal).ToList();
    }
}
