using PolicyLang.Analysis;
using PolicyLang.LanguageServer.Features;
using PolicyLang.LanguageServer.Protocol;
using PolicyLang.LanguageServer.Workspace;
using PolicyLang.Text;
using Xunit;

namespace PolicyLang.LanguageServer.Tests.Workspace;

public sealed class EditorCoordinatesTests
{
    private const string Doelen =
        "kader K \"K\" { gemeente: \"G\" }\r\n// over de ambitie\nambitie A \"A\" { meetbaar: nee reden: \"r\" } doel D \"D\" {\n  draagt bij aan: A\n}\n\nindicator I \"I\" { eenheid: aantal }";

    private static (FolderSnapshot Folder, SourceFile File) Snapshot(string text)
    {
        var file = new SourceFile("/k/doelen.beleid", "file:///k/doelen.beleid", 1, text);
        var options = new SourceFile("/k/policylang.json", "file:///k/policylang.json", null, "{}");
        return (new FolderSnapshot("/k", [file], options, AnalysisOptions.Default), file);
    }

    [Fact]
    public void Every_position_of_a_file_goes_to_the_same_character_of_a_chunk_and_back()
    {
        var (folder, file) = Snapshot(Doelen);
        var coordinates = new EditorCoordinates(folder);
        Assert.True(coordinates.ChunksOf(file).Length > 2);
        var text = file.Text;
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var line = text.GetLinePosition(offset);
            var position = new Position(line.Line, line.Character);
            var (chunk, local) = coordinates.At(file, position)!.Value;
            Assert.True(coordinates.IsIn(chunk, file));
            Assert.Equal(offset, coordinates.ToFileOffset(chunk.Text, local));
            Assert.Equal(position, coordinates.ToPosition(chunk.Text, local));
            if (offset < text.Length) Assert.Equal(text[offset], chunk.Text[local]);
            else Assert.Equal(chunk.Text.Length, local);
        }
    }

    [Fact]
    public void A_position_between_two_chunks_is_the_start_of_the_later_one()
    {
        var (folder, file) = Snapshot(Doelen);
        var coordinates = new EditorCoordinates(folder);
        var chunks = coordinates.FileOf(file)!;
        var line = file.Text.GetLinePosition(chunks.Starts[1]);
        var (chunk, local) = coordinates.At(file, new Position(line.Line, line.Character))!.Value;
        Assert.Same(chunks.Chunks[1], chunk);
        Assert.Equal(0, local);
    }

    [Fact]
    public void Ranges_and_locations_of_a_moved_chunk_are_in_the_edited_file()
    {
        var file = new SourceFile("/k/doelen.beleid", "file:///k/doelen.beleid", 1, Doelen);
        var edited = new SourceFile(file.Path, file.Uri, 2, "\n\n" + Doelen);
        // Two snapshots of one folder share their incremental state, as the workspace's do.
        var shared = new FolderAnalysis();
        var before = new EditorCoordinates(new FolderSnapshot("/k", [file], null, AnalysisOptions.Default, shared));
        var after = new EditorCoordinates(new FolderSnapshot("/k", [edited], null, AnalysisOptions.Default, shared));
        var last = before.ChunksOf(file)[^1];
        Assert.Same(last, after.ChunksOf(edited)[^1]); // the chunk was not parsed again, only moved

        var span = new TextSpan(last.Text.Text.IndexOf("indicator I", StringComparison.Ordinal) + "indicator ".Length, 1);
        Assert.Equal(new Position(6, 10), before.ToLocation(last.Text, span).Range.Start);
        var now = after.ToLocation(last.Text, span);
        Assert.Equal(file.Uri, now.Uri);
        Assert.Equal(new Position(8, 10), now.Range.Start);
        Assert.True(after.IsIn(last, edited));
        Assert.False(after.IsIn(last, file)); // the older version of the file
    }

    [Fact]
    public void The_options_file_has_no_chunks_and_whole_file_texts_map_to_themselves()
    {
        var (folder, _) = Snapshot(Doelen);
        var coordinates = new EditorCoordinates(folder);
        Assert.Null(coordinates.At(folder.OptionsFile!, new Position(0, 0)));
        Assert.Empty(coordinates.ChunksOf(folder.OptionsFile!));
        var whole = new SourceText("a\nbc", "/k/x.beleid");
        Assert.Equal(new Position(1, 1), coordinates.ToPosition(whole, 3));
    }

    [Fact]
    public void A_snapshot_is_analysed_once_and_its_diagnostics_are_the_whole_file_checks()
    {
        var (folder, file) = Snapshot(Doelen);
        Assert.Same(folder.Analysis, folder.Analysis);
        var whole = Compilation.FromSources([(file.Path, Doelen)]).Diagnostics;
        Assert.Equal(whole.Select(d => (d.Code, d.Span)), folder.Diagnostics.Select(d => (d.Code, d.Span)));
        Assert.All(folder.Diagnostics, d => Assert.Same(file.Text, d.Location.Source));
    }
}
