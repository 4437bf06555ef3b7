using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Binding;
using PolicyLang.Diagnostics;
using PolicyLang.Text;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests;

/// <summary>Descriptors are the one definition of a code: rules own theirs, and report nothing else.</summary>
public class DescriptorTests
{
    [Fact]
    public void RulesAreFoundInCodeOrderAndEachDeclaresItsOwnDescriptors()
    {
        Assert.Equal(AnalysisRules.All.Select(r => r.Code).Order(StringComparer.Ordinal), AnalysisRules.All.Select(r => r.Code));
        var concreteRules = typeof(AnalysisRule).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(AnalysisRule)) && !t.IsAbstract);
        Assert.Equal(concreteRules, AnalysisRules.All.Length);
        // No two rules share a descriptor; every rule descriptor is one of the compiler's (found by AllDescriptors).
        var ruleDescriptors = AnalysisRules.All.SelectMany(r => r.Descriptors).ToList();
        Assert.Equal(ruleDescriptors.Count, ruleDescriptors.Distinct().Count());
        Assert.All(ruleDescriptors, d => Assert.Contains(d, AllDescriptors()));
        Assert.All(ruleDescriptors, d => Assert.False(AnalysisRules.IsCompilerCode(d.Code), $"{d.Code} is a compiler code"));
    }

    [Fact]
    public void EveryArgumentOfADescriptorIsUsedByOneOfItsTemplates()
    {
        foreach (var descriptor in AllDescriptors())
        {
            var arguments = Enumerable.Range(0, descriptor.ArgumentCount).Select(i => new Phrase($"<nl{i}>", $"<en{i}>")).ToArray();
            var diagnostic = descriptor.Create(new Location(new SourceText("x", "/x.beleid"), new TextSpan(0, 1)), arguments);
            foreach (var i in Enumerable.Range(0, descriptor.ArgumentCount))
                Assert.True(diagnostic.MessageNl.Contains($"<nl{i}>") || diagnostic.MessageEn.Contains($"<en{i}>"), $"{descriptor.Code} does not use argument {i}");
            Assert.DoesNotContain("<en", diagnostic.MessageNl);
            Assert.DoesNotContain("<nl", diagnostic.MessageEn);
            Assert.Same(descriptor, diagnostic.Descriptor);
            Assert.Equal(descriptor.DefaultSeverity, diagnostic.Severity);
        }
    }

    [Fact]
    public void ARuleThatReportsAnotherRulesDescriptorIsStopped()
    {
        var compilation = Compile(MinimalKader + "doel D \"Iedereen doet mee\" { }\n");
        var error = Assert.Throws<InvalidOperationException>(() => Analyzer.Run(compilation.Model, AnalysisOptions.Default, [new ForeignReporter()]));
        Assert.Contains("PL3001", error.Message);
    }

    [Fact]
    public void EveryFindingOfTheExamplesComesFromADescriptorOfItsRule()
    {
        // The context stops a rule that reports a foreign descriptor (above); here each finding's
        // descriptor is also the one its code's rule declares.
        var byCode = AnalysisRules.All.SelectMany(r => r.Descriptors.Select(d => (d.Code, Descriptor: d))).ToDictionary(p => p.Code, p => p.Descriptor);
        foreach (var folder in ExampleFolders())
        {
            var compilation = Compilation.FromSources(Directory.EnumerateFiles(folder, "*.beleid").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))));
            foreach (var diagnostic in compilation.Diagnostics.Where(d => !AnalysisRules.IsCompilerCode(d.Code)))
                Assert.Same(byCode[diagnostic.Code], diagnostic.Descriptor);
        }
    }

    /// <summary>A rule of its own code that reports PL3001's descriptor.</summary>
    private sealed class ForeignReporter : AnalysisRule
    {
        private static readonly DiagnosticDescriptor Own = new("PL3999", DiagnosticSeverity.Warning, "t", "t", "m", "m");

        public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Own];
        public override string Description => "test";

        public override void Analyze(AnalysisContext context)
        {
            foreach (var goal in context.Goals)
                context.Report(PolicyLang.Analysis.Rules.Measurability.GoalWithoutIndicatorRule.Descriptor.Create(goal.Doel.Location!, goal.Doel.DisplayName));
        }
    }
}
