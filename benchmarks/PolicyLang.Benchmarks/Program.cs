// PolicyLang parse benchmark: PolicyLang's parser and binder against Roslyn's C# parser on input
// of the same byte size, measured in the same run and reported as ratios (machine-independent
// enough to compare across runs). Prints a Markdown table for docs/performance.md.
//
//   dotnet run -c Release --project benchmarks/PolicyLang.Benchmarks --artifacts-path /tmp/bench-artifacts -- [--quick] [--phases] [--rules] [--lines N] [--corpus DIR] [--write FILE] [--only TEXT] [--loop N] [--alloc] [--breakdown N]
//
// Exit codes: 0 ok, 1 bad arguments, 2 the generated kader has errors, 3 the generated C# has errors.

using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PolicyLang.Analysis;
using PolicyLang.Benchmarks;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;
using PolicyLang.Syntax.Formulas;
using PolicyLang.Text;
using Compilation = PolicyLang.Compilation;
using DiagnosticSeverity = PolicyLang.Diagnostics.DiagnosticSeverity;
using PlSyntaxTree = PolicyLang.Syntax.SyntaxTree;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var quick = false;
var phases = false;
var perRule = false;
var lines = 10_000;
string? corpus = null;
string? write = null;
string? only = null;
var loop = 0;
var alloc = false;
var breakdown = 0;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--quick": quick = true; break;
        case "--phases": phases = true; break;
        case "--rules": perRule = true; break;
        case "--corpus" when i + 1 < args.Length && Directory.Exists(args[i + 1]): corpus = args[++i]; break;
        case "--loop" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: loop = n; i++; break;
        case "--alloc": alloc = true; break;
        case "--breakdown" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: breakdown = n; i++; break;
        case "--only" when i + 1 < args.Length: only = args[++i]; break;
        case "--write" when i + 1 < args.Length: write = args[++i]; break;
        case "--lines" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: lines = n; i++; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--quick] [--phases] [--rules] [--lines N] [--corpus DIR] [--write FILE] [--only TEXT] [--loop N] [--alloc] [--breakdown N]");
            return 1;
    }
}
var (warmupRounds, rounds, minWarmup) = quick ? (5, 15, TimeSpan.FromSeconds(1)) : (30, 100, TimeSpan.FromSeconds(5));
void Log(string message) => Console.Error.WriteLine("# " + message);

// ---- inputs, checked before anything is timed ----------------------------------------------------

const string BeleidPath = "benchmark/kader.beleid";
var beleid = KaderGenerator.Generate(lines);
var beleidBytes = Encoding.UTF8.GetByteCount(beleid);
var beleidLines = beleid.Count(c => c == '\n');

var check = Compilation.Create([PlSyntaxTree.Parse(beleid, BeleidPath)]);
var errors = check.Diagnostics.Where(d => d.IsError).ToList();
if (errors.Count > 0)
{
    Console.Error.WriteLine($"error: the generated kader has {errors.Count} error(s); the benchmark would measure error recovery, not the normal path:");
    foreach (var e in errors.Take(20)) Console.Error.WriteLine("  " + e);
    return 2;
}
var warnings = check.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
var boundModel = check.Model; // the rules-only case analyses this model over and over
if (check.Trees[0].Root.ToFullString() != beleid) Log("warning: the PolicyLang tree does not round-trip the generated text");
var beleidTokens = check.Trees[0].Root.DescendantTokens().Count();

// The formulas of the kader (formule, gelijk aan): the formula parser's own input, timed alone below.
var formulaValues = FormulaValues(check.Trees[0].Root).ToList();
var formulaBytes = formulaValues.Sum(v => (long)Encoding.UTF8.GetByteCount(check.Trees[0].Text.ToString(v.Span)));
var formulaTokens = formulaValues.Sum(v => (long)v.Atoms.Length);

var csharp = CSharpGenerator.Generate(beleidBytes);
var csharpBytes = Encoding.UTF8.GetByteCount(csharp);
var csOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
var csCheck = CSharpSyntaxTree.ParseText(csharp, csOptions, "benchmark/Reference.cs");
var csErrors = csCheck.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
if (csErrors.Count > 0 || csharpBytes != beleidBytes)
{
    Console.Error.WriteLine($"error: the generated C# has {csErrors.Count} error(s), {csharpBytes} bytes (want {beleidBytes}):");
    foreach (var e in csErrors.Take(20)) Console.Error.WriteLine("  " + e);
    return 3;
}
var csharpTokens = csCheck.GetRoot().DescendantTokens().Count();
var csharpLines = csharp.Count(c => c == '\n');

Log($"PolicyLang input: {beleidLines:N0} lines, {beleidBytes:N0} bytes, {beleid.Length:N0} chars, {beleidTokens:N0} tokens, " +
    $"{check.Model.Elements.Length:N0} elements, 0 errors, {warnings} warnings (" +
    string.Join(", ", check.Diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ×{g.Count()}")) + ")");
Log($"formulas:         {formulaValues.Count:N0} values, {formulaBytes:N0} bytes, {formulaTokens:N0} tokens " +
    $"({formulaBytes * 100.0 / beleidBytes:F1}% of the kader's bytes), {check.Model.Formulas.Length} bound");
Log($"C# input:         {csharpLines:N0} lines, {csharpBytes:N0} bytes, {csharp.Length:N0} chars, {csharpTokens:N0} tokens, 0 errors");

if (write is not null)
{
    // --write FILE: the generated kader, to check or profile it with other tools; nothing is timed.
    File.WriteAllText(write, beleid);
    Log($"wrote {write}");
    return 0;
}

// ---- the timed cases ----------------------------------------------------------------------------

var cases = new List<BenchCase>
{
    new("PolicyLang parse", ".beleid", beleidBytes, beleidTokens, () => PlSyntaxTree.Parse(beleid, BeleidPath)),
    new("PolicyLang parse+bind", ".beleid", beleidBytes, beleidTokens, () =>
        Compilation.Create([PlSyntaxTree.Parse(beleid, BeleidPath)]).Model.Diagnostics),
    new("PolicyLang full check (parse+bind+rules)", ".beleid", beleidBytes, beleidTokens, () =>
        Compilation.Create([PlSyntaxTree.Parse(beleid, BeleidPath)]).Diagnostics),
    new("PolicyLang rules only (bound model)", ".beleid", beleidBytes, beleidTokens, () =>
        Analyzer.Run(boundModel, AnalysisOptions.Default)),
    new("PolicyLang formula parser alone (every formula value)", "formulas", formulaBytes, formulaTokens, () =>
    {
        var parsed = 0;
        foreach (var value in formulaValues)
            if (FormulaParser.Parse(value.Atoms, check.Trees[0].Text).Formula is not null) parsed++;
        return parsed;
    }),
    new("Roslyn parse (reference)", "C#", csharpBytes, csharpTokens, () => CSharpSyntaxTree.ParseText(csharp, csOptions, "benchmark/Reference.cs")),
};

// --phases: where PolicyLang's parse time goes. The lexer and parser are internal, so this reaches
// them by reflection (diagnostic only; it is skipped if the internals change shape). Roslyn's
// lexer alone (SyntaxFactory.ParseTokens) is the matching reference.
if (phases)
{
    var asm = typeof(PlSyntaxTree).Assembly;
    var lexerType = asm.GetType("PolicyLang.Syntax.Lexer");
    var parserType = asm.GetType("PolicyLang.Syntax.Parser");
    var lexAll = lexerType?.GetMethod("LexAll");
    var parse = parserType?.GetMethod("ParseCompilationUnit");
    var lexerCtor = lexerType?.GetConstructor([typeof(SourceText), typeof(DiagnosticBag)]);
    var parserCtor = lexerType is null ? null : parserType?.GetConstructor([typeof(SourceText), lexerType, typeof(DiagnosticBag)]);
    if (lexAll is null || parse is null || lexerCtor is null || parserCtor is null)
    {
        Log("--phases: the internal Lexer/Parser no longer have the expected shape; phase timings skipped");
    }
    else
    {
        object Lex(SourceText text, DiagnosticBag bag) => lexAll.Invoke(lexerCtor.Invoke([text, bag]), null)!;
        cases.Add(new("PolicyLang lex only (all tokens into a list)", ".beleid", beleidBytes, beleidTokens, () => Lex(new SourceText(beleid, BeleidPath), new DiagnosticBag())));
        cases.Add(new("PolicyLang lex+parse (tokens pulled on demand, parents set while building)", ".beleid", beleidBytes, beleidTokens, () =>
        {
            var text = new SourceText(beleid, BeleidPath);
            var bag = new DiagnosticBag();
            return parse.Invoke(parserCtor.Invoke([text, lexerCtor.Invoke([text, bag]), bag]), null);
        }));
        cases.Add(new("Roslyn lex only (ParseTokens)", "C#", csharpBytes, csharpTokens, () =>
        {
            var count = 0;
            foreach (var _ in SyntaxFactory.ParseTokens(csharp, options: csOptions)) count++;
            return count;
        }));
    }
}

// --rules: the analysis rules alone on the bound model, per range of codes and each rule alone,
// to find the expensive one (each rule's figure includes the per-run set-up every run pays).
if (perRule)
{
    foreach (var range in AnalysisRules.All.GroupBy(r => r.Code[..3]))
    {
        System.Collections.Immutable.ImmutableArray<AnalysisRule> subset = [.. range];
        cases.Add(new($"rules {range.Key}xxx", ".beleid", beleidBytes, beleidTokens, () => Analyzer.Run(boundModel, AnalysisOptions.Default, subset)));
    }
    foreach (var rule in AnalysisRules.All)
        cases.Add(new($"rule {rule.Code} {rule.GetType().Name}", ".beleid", beleidBytes, beleidTokens, () => Analyzer.Run(boundModel, AnalysisOptions.Default, [rule])));
}

// --corpus DIR: also parse (and bind, one compilation per folder) every .beleid file under DIR,
// e.g. the hand-written examples/, whose prose-heavy text has far fewer tokens per byte.
if (corpus is not null)
{
    var folders = Directory.EnumerateFiles(corpus, "*.beleid", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => (Path: f, Text: File.ReadAllText(f)))
        .GroupBy(f => System.IO.Path.GetDirectoryName(f.Path)!)
        .Select(g => g.ToList())
        .ToList();
    var files = folders.SelectMany(f => f).ToList();
    var corpusCheck = folders.Select(f => Compilation.FromSources(f)).ToList();
    var corpusErrors = corpusCheck.Sum(c => c.Diagnostics.Count(d => d.IsError));
    var corpusBytes = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
    var corpusTokens = corpusCheck.Sum(c => c.Trees.Sum(t => (long)t.Root.DescendantTokens().Count));
    Log($"corpus {corpus}: {files.Count} files in {folders.Count} folders, {corpusBytes:N0} bytes, {corpusTokens:N0} tokens, {corpusErrors} errors");
    var label = $"{System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(corpus)))}/ ({files.Count} files)";
    cases.Add(new("PolicyLang parse (corpus)", label, corpusBytes, corpusTokens, () =>
    {
        PlSyntaxTree? last = null;
        foreach (var (path, text) in files) last = PlSyntaxTree.Parse(text, path);
        return last;
    }));
    cases.Add(new("PolicyLang parse+bind (corpus)", label, corpusBytes, corpusTokens, () =>
    {
        var count = 0;
        foreach (var folder in folders)
        {
            var compilation = Compilation.FromSources(folder);
            _ = compilation.Model;
            count += compilation.Diagnostics.Length;
        }
        return count;
    }));
}

// --breakdown N: the full check split into its phases on the same text, N rounds, each phase on
// the previous phase's fresh output (as in a real check), with Roslyn's parse in every round.
if (breakdown > 0)
{
    Breakdown.Run(beleid, BeleidPath, () => CSharpSyntaxTree.ParseText(csharp, csOptions, "benchmark/Reference.cs"), beleidBytes, breakdown, Log);
    return 0;
}

// --only TEXT: just the cases whose name contains TEXT (and the Roslyn reference), e.g. to profile one case with perf.
if (only is not null) cases.RemoveAll(c => !c.Name.Contains(only, StringComparison.OrdinalIgnoreCase) && !c.Name.StartsWith("Roslyn parse", StringComparison.Ordinal));

// --loop N: run every selected case N times back to back, without forced collections, and print
// ms per operation: a steady loop for a sampling profiler (perf with DOTNET_PerfMapEnabled=1), not a measurement.
if (loop > 0 && alloc)
{
    // --loop N --alloc: what each selected case allocates, by type (sampled), per operation.
    using var sampler = new AllocationSampler();
    foreach (var c in cases)
    {
        for (var r = 0; r < 20; r++) GC.KeepAlive(c.Run());
        var sampled = sampler.Sample(c.Run, loop);
        Log($"{c.Name}: sampled allocations per operation, by type:");
        foreach (var (type, bytes) in sampled.Take(25)) Log($"  {bytes / (double)loop / 1e3,9:F1} KB  {type}");
    }
    return 0;
}
if (loop > 0)
{
    foreach (var c in cases)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var r = 0; r < loop; r++) GC.KeepAlive(c.Run());
        Log($"{c.Name}: {System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds / loop:F2} ms per operation over {loop}");
    }
    return 0;
}

Log($"runtime {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} logical CPUs, " +
    $"{(quick ? "--quick: " : "")}{warmupRounds}+ warm-up rounds (min {minWarmup.TotalSeconds:F0} s), {rounds} measured rounds");
var results = Harness.Run(cases, warmupRounds, rounds, minWarmup, Log);

// ---- report -------------------------------------------------------------------------------------

var roslyn = results.Single(r => r.Case.Name.StartsWith("Roslyn parse", StringComparison.Ordinal));
var md = new StringBuilder();
md.AppendLine($"Input: generated kader of {beleidLines:N0} lines / {beleidBytes:N0} bytes ({beleidTokens:N0} tokens) " +
              $"vs generated C# of {csharpBytes:N0} bytes ({csharpTokens:N0} tokens). " +
              $"{rounds} measured rounds{(quick ? " (--quick)" : "")}. MB = 10^6 bytes of UTF-8 input.");
md.AppendLine();
md.AppendLine("| Benchmark | Input | Median (ms) | Min (ms) | Median MB/s | Best MB/s | Throughput vs Roslyn parse (median) | (best) | CPU median / min (ms) | CPU vs Roslyn (median) | ns per token | Allocated per op (MB) | Gen0 GCs per op |");
md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
{
    md.AppendLine($"| {r.Case.Name} | {r.Case.Input} | {r.MedianMs:F2} | {r.MinMs:F2} | {r.MedianMBps:F1} | {r.BestMBps:F1} | " +
                  $"{r.MedianMBps / roslyn.MedianMBps:F2}× | {r.BestMBps / roslyn.BestMBps:F2}× | " +
                  $"{r.MedianCpuMs:F2} / {r.MinCpuMs:F2} | {CpuRatio(r):F2}× | {r.MedianNsPerToken:F0} | {r.AllocatedBytesPerOp / 1e6:F1} | {r.Gen0PerOp:F1} |");
}
md.AppendLine();
var plParse = results.SingleOrDefault(r => r.Case.Name == "PolicyLang parse");
var fullCheck = results.SingleOrDefault(r => r.Case.Name.StartsWith("PolicyLang full check", StringComparison.Ordinal));
var rules = results.SingleOrDefault(r => r.Case.Name.StartsWith("PolicyLang rules only", StringComparison.Ordinal));
if (plParse is not null)
{
    var ratio = plParse.MedianMBps / roslyn.MedianMBps;
    md.AppendLine($"Target \"PolicyLang parse throughput ≥ 5× Roslyn parse throughput\": {(ratio >= 5 ? "met" : "missed")} " +
                  $"({ratio:F2}× at the median, {plParse.BestMBps / roslyn.BestMBps:F2}× best-of-run).");
}
if (fullCheck is not null)
{
    var median = fullCheck.MedianMBps / roslyn.MedianMBps;
    var best = fullCheck.BestMBps / roslyn.BestMBps;
    md.AppendLine($"Target \"full check ≥ 5× Roslyn parse throughput\" (issue 19): {(median >= 5 && best >= 5 ? "met" : "missed")} " +
                  $"({median:F2}× at the median, {best:F2}× best-of-run, {CpuRatio(fullCheck):F2}× in CPU time at the median" +
                  (plParse is null ? ")." : $"; allocated {fullCheck.AllocatedBytesPerOp / plParse.AllocatedBytesPerOp:F2}× the parse's, target ≤ 2×)."));
}
if (rules is not null && plParse is not null)
    md.AppendLine($"Target \"all analysis rules together cost no more than the parse\": {(rules.MedianMs <= plParse.MedianMs ? "met" : "missed")} " +
                  $"(rules {rules.MedianMs:F2} ms = {rules.MedianMs / plParse.MedianMs:F2}× the parse's {plParse.MedianMs:F2} ms at the median).");
Console.Write(md.ToString());
return 0;

// Throughput per CPU second against Roslyn's, at the median (NaN without a thread CPU clock).
double CpuRatio(BenchResult r) => r.Case.Bytes / r.MedianCpuMs / (roslyn.Case.Bytes / roslyn.MedianCpuMs);

// Every value of a formula field (formule, gelijk aan) in the tree.
static IEnumerable<ValueSyntax> FormulaValues(SyntaxNode node)
{
    var stack = new Stack<SyntaxNode>([node]);
    while (stack.Count > 0)
    {
        var current = stack.Pop();
        if (current is FieldSyntax { Name: FieldNames.Formule or FieldNames.GelijkAan } field)
        {
            foreach (var value in field.Values.Items) yield return value;
            continue;
        }
        if (current is SyntaxToken) continue;
        foreach (var child in current.GetChildren()) stack.Push(child);
    }
}
