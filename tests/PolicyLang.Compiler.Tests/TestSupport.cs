using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Tests;

internal static class TestSupport
{
    /// <summary>The repository root, found by walking up to PolicyLang.sln.</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string ExamplesDir => Path.Combine(RepoRoot, "examples");

    public static IEnumerable<string> ExampleFolders() =>
        Directory.EnumerateDirectories(ExamplesDir).Where(d => Directory.EnumerateFiles(d, "*.beleid").Any()).Order(StringComparer.Ordinal);

    public static IEnumerable<string> ExampleFiles() =>
        Directory.EnumerateFiles(ExamplesDir, "*.beleid", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public const string MinimalKader = "kader K \"Voorbeeld\" { gemeente: \"Voorbeeldstad\" periode: 2017 t/m 2020 }\n";

    /// <summary>Compiles snippets as files of one folder.</summary>
    public static Compilation Compile(params string[] files) =>
        Compilation.FromSources(files.Select((text, i) => ($"/virtual/file{i}.beleid", text)));

    /// <summary>
    /// Compiles snippets with every analysis rule off: for tests of the parser and the binder,
    /// whose "one mistake, one diagnostic" promise is about compiler diagnostics.
    /// </summary>
    public static Compilation CompileFrontEnd(params string[] files) =>
        Compilation.FromSources(files.Select((text, i) => ($"/virtual/file{i}.beleid", text)), RulesOff);

    private static readonly PolicyLang.Analysis.AnalysisOptions RulesOff = new(
        PolicyLang.Analysis.AnalysisRules.Codes.ToDictionary(c => c, _ => PolicyLang.Analysis.RuleLevel.Off),
        PolicyLang.Analysis.AnalysisOptions.DefaultVagueWords, []);

    /// <summary>
    /// Every descriptor the compiler defines: the static descriptor fields of its assembly (the
    /// compiler's descriptor classes and the rules), found the way a new one would be.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
    [
        .. typeof(DiagnosticDescriptor).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ];

    public static IReadOnlyList<string> Codes(Compilation compilation) => compilation.Diagnostics.Select(d => d.Code).ToList();

    public static IReadOnlyList<string> ErrorCodes(Compilation compilation) =>
        compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Code).ToList();

    /// <summary>The invariants every tree must keep, whatever the input.</summary>
    public static void AssertTreeInvariants(SyntaxTree tree, string text)
    {
        var previousEnd = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            if (token.FullStart != previousEnd)
                throw new Xunit.Sdk.XunitException($"tokens do not tile the text at {previousEnd} (next token starts at {token.FullStart})");
            if (token.FullStart > token.Start || token.Start > token.End)
                throw new Xunit.Sdk.XunitException($"token {token.Kind} has inverted offsets");
            previousEnd = token.End;
        }
        if (previousEnd != text.Length) throw new Xunit.Sdk.XunitException($"tokens end at {previousEnd}, text at {text.Length}");
        foreach (var diagnostic in tree.Diagnostics)
            AssertInside(diagnostic, text.Length);
    }

    public static void AssertInside(Diagnostic diagnostic, int length)
    {
        if (diagnostic.Span.Start < 0 || diagnostic.Span.End > length || diagnostic.Span.Length < 0)
            throw new Xunit.Sdk.XunitException($"{diagnostic.Code} span {diagnostic.Span} lies outside the text of length {length}");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PolicyLang.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PolicyLang.sln not found above the test binaries");
    }
}
