using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace PolicyLang.Tests.Schema;

/// <summary>
/// The promise of the element-kind table: adding a kind is one edit of one file. The test takes the
/// compiler's sources from the repository, adds the kind 'meetpunt' (nested in an indicator, with
/// one field) to ElementSchemas.cs and to nothing else, compiles them in memory with Roslyn and
/// shows through reflection that the new compiler lexes, parses, nests, places (PL1010), binds
/// (PL2005) and offers the new kind for completion. Anything that still lists kinds by hand
/// elsewhere makes it fail.
/// </summary>
public class AddingAnElementKindTests
{
    private static readonly string CompilerDir = Path.Combine(TestSupport.RepoRoot, "compiler", "PolicyLang.Compiler");
    private static readonly string TablePath = Path.Combine(CompilerDir, "Binding", "Schema", "ElementSchemas.cs");

    private const string NewEntry = """
                [ElementKind.Meetpunt] = Schema(ElementKind.Meetpunt, "meetpunt", ElementIcon.Field, "een meetpunt van een indicator", "a measuring point of an indicator",
                    F("locatie", FieldType.Text, "waar gemeten wordt", "where it is measured")) with { NestsIn = [Indicator] },

        """;

    /// <summary>The only edit: the enum member and the table entry, both in the table's file.</summary>
    private static string WithMeetpunt(string table)
    {
        var enumStart = table.IndexOf("public enum ElementKind", StringComparison.Ordinal);
        Assert.True(enumStart >= 0, "the ElementKind enum is declared in the table's file");
        var enumEnd = table.IndexOf('}', enumStart);
        table = table[..enumEnd] + "    Meetpunt,\n" + table[enumEnd..];

        var tableStart = table.IndexOf("IReadOnlyDictionary<ElementKind, ElementSchema> All", StringComparison.Ordinal);
        Assert.True(tableStart >= 0, "the table is ElementSchemas.All");
        var tableEnd = table.IndexOf("\n    };", tableStart, StringComparison.Ordinal);
        Assert.True(tableEnd >= 0);
        return table[..(tableEnd + 1)] + NewEntry + table[(tableEnd + 1)..];
    }

    private static readonly Lazy<Assembly> Compiler = new(CompileWithMeetpunt);

    private static Assembly CompileWithMeetpunt()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var sources = Directory.EnumerateFiles(CompilerDir, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsUnder(p, "obj") && !IsUnder(p, "bin"))
            .Select(p => CSharpSyntaxTree.ParseText(p == TablePath ? WithMeetpunt(File.ReadAllText(p)) : File.ReadAllText(p), parseOptions, p))
            .ToList();
        Assert.Contains(sources, t => t.FilePath == TablePath);
        // What <ImplicitUsings> adds to the project.
        sources.Add(CSharpSyntaxTree.ParseText("""
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            """, parseOptions));

        // The framework the tests run on (not the app's own assemblies, which include the compiler itself).
        var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == frameworkDir)
            .Select(p => MetadataReference.CreateFromFile(p))
            // The compiler shares the runtime's meanings (Comparator, Polarity, …): the one project it references.
            .Append(MetadataReference.CreateFromFile(typeof(PolicyLang.Runtime.Polarity).Assembly.Location))
            // Formulas are parsed with Pidgin (decision 0001): the compiler's one package.
            .Append(MetadataReference.CreateFromFile(typeof(Pidgin.Parser).Assembly.Location));
        var compilation = CSharpCompilation.Create("PolicyLang.Compiler.WithMeetpunt", sources, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        return new AssemblyLoadContext("meetpunt", isCollectible: true).LoadFromStream(image);
    }

    private static bool IsUnder(string path, string folder) =>
        Path.GetRelativePath(CompilerDir, path).Split(Path.DirectorySeparatorChar).First() == folder;

    private static Type TypeOf(string name) => Compiler.Value.GetType(name, throwOnError: true)!;

    private static object Kind(string name) => Enum.Parse(TypeOf("PolicyLang.Binding.ElementKind"), name);

    private static dynamic Compile(string text)
    {
        var fromSources = TypeOf("PolicyLang.Compilation").GetMethod("FromSources")!;
        return fromSources.Invoke(null, [new[] { ("/virtual/file0.beleid", text) }, null])!;
    }

    private static List<dynamic> Diagnostics(dynamic compilation, string code) =>
        ((IEnumerable<object>)Enumerable.Cast<object>(compilation.Diagnostics)).Cast<dynamic>().Where(d => (string)d.Code == code).ToList();

    private const string Indicator = "indicator Luchtkwaliteit \"Fijnstof\" {\n  eenheid: aantal\n  meetpunt Centrum \"Station\" { locatie: \"Stationsplein\" }\n}\n";

    [Fact]
    public void TheRunningCompilerDoesNotKnowTheKind() =>
        Assert.Equal(PolicyLang.Syntax.SyntaxKind.IdentifierToken, PolicyLang.Syntax.SyntaxFacts.GetKeywordKind("meetpunt"));

    [Fact]
    public void TheNewKindIsLexedAsAnElementKeyword()
    {
        dynamic tree = TypeOf("PolicyLang.Syntax.SyntaxTree").GetMethod("Parse", [typeof(string), typeof(string)])!.Invoke(null, ["meetpunt", ""])!;
        dynamic token = ((IEnumerable<object>)tree.Root.DescendantTokens()).First();
        Assert.Equal("ElementKeyword", token.Kind.ToString());
        Assert.Equal("Meetpunt", token.ElementKind.ToString());
    }

    [Fact]
    public void TheNewKindNestsWhereDeclaredAndBindsItsField()
    {
        var compilation = Compile(TestSupport.MinimalKader + Indicator);
        var errors = ((IEnumerable<object>)Enumerable.Cast<object>(compilation.Diagnostics)).Cast<dynamic>()
            .Where(d => ((string)d.Code).StartsWith("PL1") || ((string)d.Code).StartsWith("PL2")).Select(d => (string)d.ToString()).ToList();
        Assert.Empty(errors);

        dynamic meetpunt = ((IEnumerable<object>)compilation.Model.Elements).Cast<dynamic>().Single(e => e.Kind.ToString() == "Meetpunt");
        Assert.Equal("Centrum", (string)meetpunt.Id);
        Assert.Equal("Indicator", meetpunt.Parent.Kind.ToString());
        Assert.Equal("Stationsplein", (string)Enumerable.Single(Enumerable.Cast<dynamic>(meetpunt.Field("locatie").Values)).Text);
    }

    [Fact]
    public void TheNewKindElsewhereIsPlacedInBothLanguages()
    {
        var compilation = Compile(TestSupport.MinimalKader + "meetpunt Centrum \"Station\" { locatie: \"Stationsplein\" }\n");
        var diagnostic = Assert.Single(Diagnostics(compilation, "PL1010"));
        Assert.Equal("Een 'meetpunt' kan hier niet staan; een 'meetpunt' hoort in een indicator.", (string)diagnostic.MessageNl);
        Assert.Equal("A 'meetpunt' cannot stand here; it belongs in an indicator.", (string)diagnostic.MessageEn);
    }

    [Fact]
    public void AnUnknownFieldOfTheNewKindIsReported()
    {
        var compilation = Compile(TestSupport.MinimalKader + Indicator.Replace("locatie:", "plaats:"));
        var diagnostic = Assert.Single(Diagnostics(compilation, "PL2005"));
        Assert.Equal("Een meetpunt kent geen veld 'plaats'.", (string)diagnostic.MessageNl);
    }

    [Fact]
    public void CompletionOffersTheNewKindInsideAnIndicatorOnly()
    {
        var allowedIn = TypeOf("PolicyLang.Binding.ElementKinds").GetMethod("AllowedIn")!;
        IEnumerable<string> Keywords(object? parent) =>
            ((IEnumerable<object>)allowedIn.Invoke(null, [parent])!).Cast<dynamic>().Select(s => (string)s.Keyword).ToList();

        Assert.Equal(["meetpunt"], Keywords(Kind("Indicator")));
        Assert.DoesNotContain("meetpunt", Keywords(null));
        Assert.DoesNotContain("meetpunt", Keywords(Kind("Doel")));
    }
}
