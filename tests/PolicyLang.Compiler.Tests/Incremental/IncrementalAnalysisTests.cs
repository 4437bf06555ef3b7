using FsCheck;
using FsCheck.Fluent;
using PolicyLang.Analysis;
using PolicyLang.Diagnostics;
using PolicyLang.Incremental;
using PolicyLang.Text;
using Xunit;
using static PolicyLang.Tests.TestSupport;

namespace PolicyLang.Tests.Incremental;

/// <summary>
/// Incremental analysis must report exactly what a whole-file check of the same texts reports,
/// after any sequence of edits, while re-parsing only what an edit touches.
/// </summary>
public class IncrementalAnalysisTests
{
    private static readonly string[] Fragments =
    [
        "{", "}", "}\n", "{ }", ":", ",", "\"", "\n", " ", "//", "doel", "doel X \"t\" {", "post", "kader", "tabel", "rij",
        "draagt bij aan", "draagt bij aan: ", "streefwaarde: maximaal 5% in 2020", "nulmeting", "€ 1.000", "2020", "t/m",
        "§ 3.1", "meetbaar: nee", "indicator", "\"titel\"", "x", "totaal: € 5", "spanning S \"s\" { tussen: A, B }",
    ];

    [Fact]
    public void EveryExampleFolderGivesTheDiagnosticsOfAWholeFileCheck()
    {
        foreach (var folder in ExampleFolders())
        {
            var (texts, options) = ReadFolder(folder);
            var result = new IncrementalAnalysis().Update(texts, options);
            AssertSame(WholeFile(texts, options), result.Diagnostics);
            Assert.NotEmpty(result.Diagnostics);
        }
    }

    [Fact]
    public void ChunksTileTheFileAndEveryChunkButTheLastEndsWithAClosingBrace()
    {
        foreach (var path in ExampleFiles())
        {
            var file = ChunkedFile.Parse(new SourceText(File.ReadAllText(path), path));
            AssertTiles(file);
            Assert.True(file.Chunks.Length > 1, $"{path} is one chunk");
        }
    }

    [Fact]
    public void AnEditInsideATitleReparsesOnlyThatChunkAndMovesTheOthers()
    {
        var (path, text) = ExampleFiles().Select(f => (f, File.ReadAllText(f)))
            .Where(f => f.Item2.IndexOf("\ndoel ", f.Item2.Length / 2, StringComparison.Ordinal) > 0)
            .MaxBy(f => f.Item2.Length);
        var before = ChunkedFile.Parse(new SourceText(text, path));
        var kept = before.Chunks.ToArray();
        var offsets = before.Starts.ToArray();
        var at = text.IndexOf("\ndoel ", text.Length / 2, StringComparison.Ordinal);
        at = text.IndexOf('"', at) + 1;

        var after = before.Update(new SourceText(text.Insert(at, "extra "), path));

        AssertTiles(after);
        Assert.Equal(kept.Length, after.Chunks.Length);
        var edited = Array.FindLastIndex(offsets, o => o <= at);
        for (var i = 0; i < kept.Length; i++)
        {
            if (i == edited) { Assert.NotSame(kept[i], after.Chunks[i]); continue; }
            Assert.Same(kept[i], after.Chunks[i]);
            Assert.Equal(offsets[i] + (i > edited ? "extra ".Length : 0), after.Starts[i]);
        }
        Assert.Equal(offsets, before.Starts); // the earlier version is not changed by the update
        AssertTiles(before);
    }

    [Fact]
    public void AnEarlierResultStaysRightAfterAnEditAboveMovesItsChunks()
    {
        foreach (var folder in ExampleFolders().Take(3))
        {
            var (texts, options) = ReadFolder(folder);
            var analysis = new IncrementalAnalysis();
            var earlier = analysis.Update(texts, options);
            var expected = WholeFile(texts, options).ToList();
            var edited = texts.ToArray();
            edited[0] = new SourceText("// een regel erboven\n" + texts[0].Text.Replace("doel ", "doel  "), texts[0].Path);

            var later = analysis.Update(edited, options);

            // Asked for only now: the earlier model is linked and analysed after the later update.
            AssertSame(expected, earlier.Diagnostics);
            AssertSame(WholeFile(edited, options), later.Diagnostics);
            Assert.Equal(texts[0].Text, string.Concat(earlier.File(texts[0].Path)!.Chunks.Select(c => c.Text.Text)));
        }
    }

    [Fact]
    public void DeletingAClosingBraceRegrowsTheChunkAndStillMatchesTheWholeFileCheck()
    {
        var folder = ExampleFolders().First();
        var (texts, options) = ReadFolder(folder);
        var analysis = new IncrementalAnalysis();
        analysis.Update(texts, options);
        var index = Array.FindIndex(texts, t => t.Text.Contains("}\n"));
        var brace = texts[index].Text.IndexOf("}\n", texts[index].Length / 3, StringComparison.Ordinal);
        texts[index] = new SourceText(texts[index].Text.Remove(brace, 1), texts[index].Path);

        var result = analysis.Update(texts, options);

        AssertSame(WholeFile(texts, options), result.Diagnostics);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void RandomEditSequencesGiveTheDiagnosticsOfAWholeFileCheck()
    {
        var folders = ExampleFolders().Select(ReadFolder).ToArray();
        var edit =
            from file in Gen.Choose(0, 1000)
            from position in Gen.Choose(0, 1_000_000)
            from length in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 3)), (1, Gen.Choose(4, 400)))
            from insertion in Gen.Frequency((1, Gen.Constant("")), (4, Gen.Elements(Fragments)))
            select (file, position, length, insertion);
        var scenario =
            from folder in Gen.Choose(0, folders.Length - 1)
            from edits in Gen.ListOf(edit).Select(l => l.Take(6).ToArray())
            select (folder, edits);

        Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            ReplayComparingWithWholeFile(folders[s.folder], s.edits, e => (e.file, text =>
            {
                var at = e.position % (text.Length + 1);
                return text.Remove(at, Math.Min(e.length, text.Length - at)).Insert(at, e.insertion);
            }));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(120));
    }

    /// <summary>
    /// Where the chunking can differ from the whole file: what is written right before and right
    /// after a closing brace that ends a chunk. An edit rewrites one such brace: it may put text
    /// before it (a suppression comment, a stray token), glue what follows to it (the white space
    /// after it removed) and put text right after it (a token, an element with a finding, a table
    /// with a finding of its own). This found both causes of issue 20, item 3: a suppression
    /// comment on the line before a '}' that the next chunk's element is glued to, and a stray token
    /// glued right after a table's '}'.
    /// </summary>
    private static readonly string[] BeforeBrace =
        ["", "", "x", "\n", "// policylang-disable-next-line\n", "// policylang-disable-next-line PL3001\n", "{"];

    private static readonly string[] AfterBrace =
    [
        "", "", "x", "§", ":", "\"", "}", "\n// policylang-disable-next-line\n", "doel Z \"z\" { }", "indicator J \"j\" { }",
        "tabel T \"t\" {\n  kolommen: 2015, 2016\n  rij A \"a\": € 1, € 2\n  rij \"d\": -, € -5 { verschil van: A }\n}",
    ];

    [Fact]
    public void EditsAtChunkBoundariesGiveTheDiagnosticsOfAWholeFileCheck()
    {
        var folders = ExampleFolders().Select(ReadFolder).ToArray();
        var edit =
            from file in Gen.Choose(0, 1000)
            from brace in Gen.Choose(0, 3)
            from before in Gen.Elements(BeforeBrace)
            from glue in Gen.Elements(false, true)
            from after in Gen.Elements(AfterBrace)
            select (file, brace, before, glue, after);
        var scenario =
            from folder in Gen.Choose(0, folders.Length - 1)
            from edits in Gen.ListOf(edit).Select(l => l.Take(4).ToArray())
            select (folder, edits);

        Prop.ForAll(scenario.ToArbitrary(), s =>
        {
            ReplayComparingWithWholeFile(folders[s.folder], s.edits, e => (e.file, text => RewriteBrace(text, e.brace, e.before, e.glue, e.after)));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    /// <summary>The n-th '}' (counted from 0, wrapping around) with text put before and after it; a text without one gets both at its end.</summary>
    private static string RewriteBrace(string text, int n, string before, bool glue, string after)
    {
        var count = text.Count(c => c == '}');
        if (count == 0) return text + before + after;
        var brace = -1;
        for (var k = 0; k <= n % count; k++) brace = text.IndexOf('}', brace + 1);
        var next = brace + 1;
        if (glue) while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return text[..brace] + before + "}" + after + text[next..];
    }

    [Fact]
    public void A_suppression_comment_before_the_brace_a_glued_element_follows_silences_it_in_both()
    {
        const string text = "kader K \"k\" { gemeente: \"G\" periode: 2015 t/m 2020 }\ndoel A \"a\" { indicator: I\n// policylang-disable-next-line\n}doel Z \"z\" { }\nindicator I \"i\" { eenheid: aantal bron: \"b\" }\n";
        var texts = new[] { new SourceText(text, "k.beleid") };
        var whole = WholeFile(texts, AnalysisOptions.Default).ToList();
        Assert.DoesNotContain(whole, d => d.Code == "PL3001");
        AssertSame(whole, new IncrementalAnalysis().Update(texts, AnalysisOptions.Default).Diagnostics);
    }

    [Fact]
    public void A_token_glued_after_a_tables_brace_does_not_change_whether_the_table_is_judged()
    {
        // The fuzzer's reproducer: the stray x belongs to what follows the table, in both checks.
        const string text = "tabel T \"t\" {\n  kolommen: 2015, 2016\n  rij A \"a\": € 1, € 2\n  rij \"d\": -, € -5 { verschil van: A }\n}x";
        var texts = new[] { new SourceText(text, "t.beleid") };
        var whole = WholeFile(texts, AnalysisOptions.Default).ToList();
        Assert.Contains(whole, d => d.Code == "PL4006");
        AssertSame(whole, new IncrementalAnalysis().Update(texts, AnalysisOptions.Default).Diagnostics);
    }

    [Fact]
    public void A_file_crossing_the_syntax_error_limit_in_chunks_gives_what_the_whole_file_gives()
    {
        // Each chunk is far below the limit; the file crosses it and falls back below it as
        // elements full of mistakes are added and removed, and chunks are split by glued braces.
        var random = new Random(20);
        var elements = new List<string>();
        var folder = new[] { new SourceText("kader K \"k\" { gemeente: \"G\" periode: 2015 t/m 2020 }\ndoel Goed \"g\" { }\n", "a.beleid"), new SourceText("", "b.beleid") };
        var analysis = new IncrementalAnalysis();
        var (over, under) = (0, 0);
        for (var step = 0; step < 60; step++)
        {
            if (elements.Count > 0 && random.Next(4) == 0) elements.RemoveAt(random.Next(elements.Count));
            else elements.Insert(random.Next(elements.Count + 1), $"doel D{step} \"d\" {{ {string.Join(" ", Enumerable.Repeat("§", random.Next(1, 120)))} }}" + (random.Next(3) == 0 ? "" : "\n"));
            folder[1] = new SourceText(string.Concat(elements), "b.beleid");
            var whole = WholeFile(folder, AnalysisOptions.Default).ToList();
            AssertSame(whole, analysis.Update(folder, AnalysisOptions.Default).Diagnostics);
            if (whole.Any(d => d.Code == "PL1013")) over++; else under++;
        }
        // The sequence must have been on both sides of the limit to test anything.
        Assert.True(over > 5 && under > 5, $"over the limit {over} times, under it {under} times");
    }

    private static (SourceText[] Texts, AnalysisOptions Options) ReadFolder(string folder)
    {
        var texts = Directory.EnumerateFiles(folder, "*.beleid").Order(StringComparer.Ordinal)
            .Select(p => new SourceText(File.ReadAllText(p), p)).ToArray();
        var optionsPath = Path.Combine(folder, AnalysisOptions.FileName);
        var options = File.Exists(optionsPath) ? AnalysisOptionsReader.Read(new SourceText(File.ReadAllText(optionsPath), optionsPath)) : AnalysisOptions.Default;
        return (texts, options);
    }

    private static IEnumerable<Diagnostic> WholeFile(IEnumerable<SourceText> texts, AnalysisOptions options) =>
        Compilation.FromSources(texts.Select(t => (t.Path, t.Text)), options).Diagnostics;

    /// <summary>Everything a user sees of a diagnostic, in file coordinates, in a canonical order.</summary>
    /// <summary>
    /// Applies the edits one by one (each names a file, modulo the folder's file count, and how its
    /// text changes) and after each compares the incremental analysis with a whole-file check.
    /// </summary>
    private static void ReplayComparingWithWholeFile<TEdit>(
        (SourceText[] Texts, AnalysisOptions Options) folder, IEnumerable<TEdit> edits, Func<TEdit, (int File, Func<string, string> Rewrite)> describe)
    {
        var (original, options) = folder;
        var texts = original.ToArray();
        var analysis = new IncrementalAnalysis();
        analysis.Update(texts, options);
        foreach (var edit in edits)
        {
            var (file, rewrite) = describe(edit);
            var i = file % texts.Length;
            texts[i] = new SourceText(rewrite(texts[i].Text), texts[i].Path);
            var result = analysis.Update(texts, options);
            AssertSame(WholeFile(texts, options), result.Diagnostics);
        }
    }

    private static void AssertSame(IEnumerable<Diagnostic> expected, IEnumerable<Diagnostic> actual)
    {
        var (e, a) = (PolicyLang.Fuzz.EditSequenceCheck.Keys(expected), PolicyLang.Fuzz.EditSequenceCheck.Keys(actual));
        if (e.SequenceEqual(a)) return;
        throw new Xunit.Sdk.XunitException("incremental analysis differs from the whole-file check:\n"
            + string.Join("\n", e.Except(a).Select(k => "  only whole-file: " + k).Concat(a.Except(e).Select(k => "  only incremental: " + k))));
    }

    private static void AssertTiles(ChunkedFile file)
    {
        Assert.Equal(file.Text.Text, string.Concat(file.Chunks.Select(c => c.Text.Text)));
        var offset = 0;
        for (var i = 0; i < file.Chunks.Length; i++)
        {
            var chunk = file.Chunks[i];
            Assert.Equal(offset, file.Starts[i]);
            Assert.Equal(chunk.Text.Text, chunk.Root.ToFullString());
            if (i < file.Chunks.Length - 1) Assert.EndsWith("}", chunk.Text.Text);
            offset += chunk.Text.Length;
        }
    }
}
