using System.Collections.Immutable;
using PolicyLang.Incremental;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.LanguageServer.Features;

/// <summary>
/// The one translation between the editor's coordinates (LSP positions in whole files) and the
/// analysis's (chunk trees whose offsets count from each chunk's start, decision 0013), both ways,
/// for one folder snapshot. Every request handler goes through it, so the trees and model they read
/// are the ones that produced the diagnostics. Texts it does not know (a whole file, the
/// diagnostics, which are already in file coordinates) map to themselves.
/// </summary>
public sealed class EditorCoordinates
{
    private readonly FolderSnapshot _folder;
    private readonly IncrementalResult _analysis;

    public EditorCoordinates(FolderSnapshot folder)
    {
        _folder = folder;
        _analysis = folder.Analysis;
    }

    /// <summary>The chunks of a file in file order, with where each starts; null for a file the analysis has not (policylang.json).</summary>
    public ChunkedFile? FileOf(SourceFile file) => _analysis.File(file.Path);

    /// <summary>
    /// The chunk tree an editor position of a file falls in and the offset in that chunk. A position
    /// between two chunks is the later chunk's start, as the whole file's tree would see it (the
    /// trivia before the next element starts there).
    /// </summary>
    public (SyntaxTree Chunk, int Offset)? At(SourceFile file, Position position)
    {
        if (FileOf(file) is not { } chunks) return null;
        var offset = Positions.ToOffset(chunks.Text, position);
        var (chunk, start) = chunks.ChunkAt(offset);
        return (chunk, offset - start);
    }

    /// <summary>The chunk trees of a file (empty for a file the analysis has not).</summary>
    public ImmutableArray<SyntaxTree> ChunksOf(SourceFile file) => FileOf(file)?.Chunks ?? [];

    /// <summary>Whether a tree of the analysis is (a chunk of) the file.</summary>
    public bool IsIn(SyntaxTree? tree, SourceFile file) => tree is not null && ReferenceEquals(_analysis.Positions.FileOf(tree.Text), file.Text);

    /// <summary>An offset of a tree's text as an offset of its file.</summary>
    public int ToFileOffset(SourceText text, int offset) => _analysis.Positions.StartOf(text) + offset;

    public Position ToPosition(SourceText text, int offset) =>
        Positions.ToPosition(_analysis.Positions.FileOf(text), ToFileOffset(text, offset));

    public Protocol.Range ToRange(SourceText text, TextSpan span)
    {
        var (file, fileSpan) = _analysis.Positions.ToFile(text, span);
        return Positions.ToRange(file, fileSpan);
    }

    /// <summary>A place in a tree of the analysis as an LSP location (the editor's URI when the file is open).</summary>
    public Protocol.Location ToLocation(SourceText text, TextSpan span)
    {
        var (file, fileSpan) = _analysis.Positions.ToFile(text, span);
        return Positions.ToLocation(_folder.UriOf(file.Path), file, fileSpan);
    }
}
