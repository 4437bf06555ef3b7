using System.Diagnostics;
using PolicyLang.Analysis;
using PolicyLang.Syntax;

namespace PolicyLang.LanguageServer.Benchmarks;

/// <summary>--phases: where a full check's time goes (parse, bind, each analysis rule): what every keystroke pays today.</summary>
public static class Phases
{
    public static void Print(string text, string path, int warmup, int rounds)
    {
        var totals = new Dictionary<string, double>();
        for (var round = 0; round < warmup + rounds; round++)
        {
            var measured = round >= warmup;
            var watch = Stopwatch.StartNew();
            var tree = SyntaxTree.Parse(text, path);
            Add("parse");
            var compilation = Compilation.Create([tree]);
            _ = compilation.Model;
            Add("bind");
            foreach (var rule in AnalysisRules.All)
            {
                Analyzer.Run(compilation.Model, compilation.Options, [rule]);
                Add("rule " + rule.Code);
            }

            void Add(string name)
            {
                if (measured) totals[name] = totals.GetValueOrDefault(name) + watch.Elapsed.TotalMilliseconds;
                watch.Restart();
            }
        }
        Console.WriteLine($"| phase | mean of {rounds} (ms) |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, ms) in totals.OrderByDescending(p => p.Value))
            Console.WriteLine($"| {name} | {ms / rounds:F2} |");
    }
}
