using System.Reflection;
using PolicyLang.Emit;
using PolicyLang.Runtime;
using Xunit;
using static PolicyLang.Backend.Tests.BackendTestSupport;

namespace PolicyLang.Backend.Tests.Emit;

/// <summary>
/// Policy text is data, never code: hostile titles, reasons, ids and file names must compile to
/// inert code whose strings come back exactly as written, with no member beyond the generated ones.
/// </summary>
public class InjectionTests
{
    /// <summary>Strings as they appear inside a .beleid string literal (only \" and \\ are escapes there).</summary>
    public static TheoryData<string> HostileTitles() => new()
    {
        "\\\"); System.Environment.Exit(1); //",
        "*/ System.Environment.Exit(1); /*",
        "#line 1 \\\"evil.cs\\\"",
        "\\\\u0022); System.Environment.Exit(1); //",
        "\\\\\\\" + System.IO.File.ReadAllText(\\\"/etc/passwd\\\") + \\\"",
        "regel\u2028#line hidden\u2029System.Environment.Exit(1);\u0085//",
        "{0} {{1}} $\\\"{System.Environment.Exit(1)}\\\"",
        "\"\"\" raw \"\"\"".Replace("\"", "\\\""),
        "tab\there and a bell \u0007 and a nul-free control \u001b[31m",
        "Ωmega cliënt 🙂 \ud83d\ude00",
    };

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void HostileTextCompilesToInertStrings(string hostile)
    {
        var kader = $"kader K \"{hostile}\" {{ gemeente: \"{hostile}\" periode: 2017 t/m 2020 }}\n" +
                    $"indicator I \"{hostile}\" {{ eenheid: aantal \"{hostile}\" polariteit: hoger is beter }}\n" +
                    $"doel D \"{hostile}\" {{ indicator: I streefwaarde: 10 in 2020 }}\n" +
                    $"doel N \"{hostile}\" {{ meetbaar: nee reden: \"{hostile}\" }}\n";
        var (monitor, compiled, source) = BuildMonitor(kader);
        var expected = source.Model.Lookup("D")!.Title;
        Assert.Equal(expected, monitor.Goals.Single(g => g.Id == "D").Title);
        Assert.Equal(expected, monitor.Kader.Title);
        Assert.Equal(expected, Assert.Single(monitor.Kader.Gemeenten));
        Assert.Equal(expected, monitor.Indicators.Single().Title);
        var reason = monitor.Evaluate("N", new MeasurementData([]), 2020)!.Reason.Nl;
        Assert.Equal("Bewust niet meetbaar: " + expected, reason);
        AssertOnlyGeneratedMembers(compiled, ["Doel_D", "Doel_N"]);
    }

    [Fact]
    public void CSharpKeywordsAndOddIdsAsIds()
    {
        var kader = "kader class \"k\" { gemeente: \"g\" periode: 2017 t/m 2020 }\n" +
                    "indicator namespace \"i\" { eenheid: aantal polariteit: hoger is beter }\n" +
                    "doel int \"a\" { indicator: namespace streefwaarde: 10 in 2020 }\n" +
                    "doel Run \"b\" { indicator: namespace richting: toename }\n" +
                    "doel Kader_class \"c\" { indicator: namespace richting: toename }\n" +
                    "doel GetHashCode \"d\" { meetbaar: nee }\n" +
                    "doel Cliëntondersteuning \"e\" { meetbaar: nee }\n" +
                    "doel _ \"f\" { meetbaar: nee }\n" +
                    "doel await \"g\" { meetbaar: nee }\n";
        var (monitor, compiled, _) = BuildMonitor(kader);
        Assert.Equal("class", monitor.Kader.Id);
        Assert.Equal(["int", "Run", "Kader_class", "GetHashCode", "Cliëntondersteuning", "_", "await"], monitor.Goals.Select(g => g.Id));
        AssertOnlyGeneratedMembers(compiled, ["Doel_int", "Doel_Run", "Doel_Kader_class", "Doel_GetHashCode", "Doel_Cliëntondersteuning", "Doel__", "Doel_await"]);
        var data = Data(("namespace", "2017", 8m), ("namespace", "2019", 12m));
        Assert.Equal(GoalStatus.Achieved, monitor.Evaluate("int", data, 2019)!.Status);
    }

    [Fact]
    public void FileNamesThatCannotAppearInALineDirectiveAreSanitised()
    {
        var compilation = Compilation.FromSources([
            ("/v/k\"x/evil\"\n#line hidden.beleid", "kader K \"k\" { gemeente: \"g\" periode: 2017 t/m 2020 }\n" +
                "indicator I \"i\" { eenheid: aantal polariteit: hoger is beter }\n doel D \"d\" { indicator: I richting: toename }\n")]);
        var result = MonitorBuild.Build(compilation);
        Assert.True(result.Monitor!.Success, string.Join("\n", result.Monitor.Errors));
        var document = Assert.Single(result.Monitor.Source.Documents);
        Assert.DoesNotContain('"', document.LineFileName);
        Assert.DoesNotContain('\n', document.LineFileName);
    }

    private static void AssertOnlyGeneratedMembers(CompiledMonitor compiled, string[] doelMethods)
    {
        var assembly = Assembly.Load(compiled.Assembly);
        var type = Assert.Single(assembly.GetTypes());
        Assert.StartsWith("Kader_", type.Name);
        var declared = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(doelMethods.Order(StringComparer.Ordinal).ToArray(), declared);
    }
}
