using System.Collections.Immutable;
using PolicyLang.Analysis;
using PolicyLang.Binding;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Syntax;
using Xunit;

namespace PolicyLang.LanguageServer.Tests.Workspace;

/// <summary>
/// Requests read the chunk trees and model of the incremental analysis; what they find at a place
/// must be what the whole file's tree and a whole-file compilation find there (this is what the
/// handlers used to read), at every word of every example, chunk boundaries included.
/// </summary>
public sealed class OneFrontEndTests
{
    private static string ExamplesDir()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "PolicyLang.sln"))) dir = Path.GetDirectoryName(dir)!;
        return Path.Combine(dir, "examples");
    }

    public static TheoryData<string> Examples() => [.. Directory.EnumerateDirectories(ExamplesDir()).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Symbols_and_caret_contexts_at_every_word_are_the_whole_files(string example)
    {
        var folderPath = Path.Combine(ExamplesDir(), example);
        var files = Directory.EnumerateFiles(folderPath, "*.beleid").Order(StringComparer.Ordinal)
            .Select(p => new SourceFile(p, DocumentUris.FromPath(p), null, File.ReadAllText(p))).ToImmutableArray();
        var folder = new FolderSnapshot(folderPath, files, null, AnalysisOptions.Default);
        var coordinates = new EditorCoordinates(folder);
        var whole = Compilation.Create(files.Select(f => f.Tree));
        var wholeModel = whole.Model;

        foreach (var file in files)
        {
            // Both ends of every word, and every place between two chunks.
            var offsets = file.Tree.Root.DescendantTokens().Where(t => SyntaxFacts.IsWord(t.Kind))
                .SelectMany(t => new[] { t.Start, t.End })
                .Concat(coordinates.FileOf(file)!.Starts).Distinct();
            foreach (var offset in offsets)
            {
                var line = file.Text.GetLinePosition(offset);
                var (chunk, local) = coordinates.At(file, new Position(line.Line, line.Character))!.Value;
                var where = $"{file.Path}@{offset}";
                Assert.Equal(Describe(wholeModel.SymbolAt(file.Tree, offset), whole.Model), Describe(folder.Model.SymbolAt(chunk, local), folder.Model, coordinates));
                Assert.True(Same(CaretContext.At(file.Tree, offset), CaretContext.At(chunk, local), coordinates, chunk), where);
                Assert.Equal(SyntaxLocator.WordAt(file.Tree, offset)?.Span, Moved(SyntaxLocator.WordAt(chunk, local)?.Span, coordinates, chunk));
            }
        }
    }

    /// <summary>A symbol by what a user sees of it: kind, id and where it is declared (in file coordinates).</summary>
    private static string? Describe(ElementSymbol? symbol, SemanticModel model, EditorCoordinates? coordinates = null)
    {
        if (symbol is null) return null;
        if (symbol.Location is not { } location) return $"{symbol.Kind} {symbol.Id} (ingebouwd)";
        var span = coordinates is null ? location.Span : Moved(location.Span, coordinates, symbol.Tree!)!.Value;
        return $"{symbol.Kind} {symbol.Id} {location.Path}@{span} → {model.ReferencesTo(symbol).Count()} uses";
    }

    private static PolicyLang.Text.TextSpan? Moved(PolicyLang.Text.TextSpan? span, EditorCoordinates coordinates, SyntaxTree chunk) =>
        span is { } s ? new PolicyLang.Text.TextSpan(coordinates.ToFileOffset(chunk.Text, s.Start), s.Length) : null;

    private static bool Same(CaretContext whole, CaretContext chunked, EditorCoordinates coordinates, SyntaxTree chunk) =>
        whole.Place == chunked.Place && whole.ElementKind == chunked.ElementKind && whole.Field?.Name == chunked.Field?.Name
        && whole.Spec == chunked.Spec && whole.InHeaderValues == chunked.InHeaderValues && whole.ValueIndex == chunked.ValueIndex
        && whole.ReplaceSpan == Moved(chunked.ReplaceSpan, coordinates, chunk)
        && whole.Element?.Identifier?.Text == chunked.Element?.Identifier?.Text;
}
