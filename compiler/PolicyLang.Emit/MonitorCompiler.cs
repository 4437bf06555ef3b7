using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using RoslynSourceText = Microsoft.CodeAnalysis.Text.SourceText;

namespace PolicyLang.Emit;

/// <summary>A C# error in generated code, at its .beleid place when the #line mapping covers it. Always a compiler bug.</summary>
public sealed record EmitError(string Path, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): error {Code}: {Message}";
}

/// <summary>The compiled monitor: assembly and portable PDB bytes, or the errors.</summary>
public sealed record CompiledMonitor(GeneratedMonitor Source, byte[] Assembly, byte[] Pdb, IReadOnlyList<EmitError> Errors)
{
    public bool Success => Errors.Count == 0;
    public string AssemblyFileName => Source.AssemblyName + ".dll";
    public string PdbFileName => Source.AssemblyName + ".pdb";
}

/// <summary>
/// Compiles generated monitor code with Roslyn: deterministic, optimised, with a portable PDB that
/// embeds the .beleid sources (and the generated C#), so a debugger shows the policy text.
/// Calls Emit only: Emit reports every error, and a separate GetDiagnostics would double the time.
/// </summary>
public static class MonitorCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CompiledMonitor Compile(GeneratedMonitor monitor)
    {
        var generatedText = RoslynSourceText.From(monitor.Code, Encoding.UTF8, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm.Sha256);
        var tree = CSharpSyntaxTree.ParseText(generatedText, ParseOptions, "/_/generated/" + monitor.FileName);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            deterministic: true,
            nullableContextOptions: NullableContextOptions.Enable,
            concurrentBuild: false);
        var compilation = CSharpCompilation.Create(monitor.AssemblyName, [tree], ReferenceAssemblies.All, options);

        var embedded = monitor.Documents
            .Select(d => EmbeddedText.FromSource(d.LineFileName, RoslynSourceText.From(d.Source.Text, Encoding.UTF8, Microsoft.CodeAnalysis.Text.SourceHashAlgorithm.Sha256)))
            .Append(EmbeddedText.FromSource(tree.FilePath, generatedText))
            .ToList();
        using var dll = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(dll, pdb,
            embeddedTexts: embedded,
            options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: monitor.AssemblyName + ".pdb"));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToEmitError).ToList();
        return errors.Count > 0
            ? new CompiledMonitor(monitor, [], [], errors)
            : new CompiledMonitor(monitor, dll.ToArray(), pdb.ToArray(), []);
    }

    private static EmitError ToEmitError(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return new EmitError(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
