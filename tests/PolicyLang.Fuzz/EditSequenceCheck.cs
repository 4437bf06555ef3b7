using PolicyLang.Analysis;
using PolicyLang.Diagnostics;
using PolicyLang.Incremental;
using PolicyLang.Text;

namespace PolicyLang.Fuzz;

/// <summary>
/// One folder edited step by step: after every step <see cref="IncrementalAnalysis"/> must report
/// exactly what a whole <see cref="Compilation"/> of the same texts reports, and neither may throw.
/// A sequence is a list of states; a state is the texts of the folder's files.
/// </summary>
public static class EditSequenceCheck
{
    /// <summary>The failure class of the first failing step, or null when every step agrees.</summary>
    public static string? Run(IReadOnlyList<string[]> states)
    {
        var analysis = new IncrementalAnalysis();
        foreach (var state in states)
        {
            var texts = state.Select((text, i) => new SourceText(text, $"/fuzz/file{i}.beleid")).ToArray();
            List<string> incremental, whole;
            try { incremental = Keys(analysis.Update(texts, AnalysisOptions.Default).Diagnostics); }
            catch (Exception e) { return FailureClass.Crash("incremental", e); }
            try { whole = Keys(Compilation.FromSources(texts.Select(t => (t.Path, t.Text))).Diagnostics); }
            catch (Exception e) { return FailureClass.Crash("diagnostics", e); }
            if (!incremental.SequenceEqual(whole)) return FailureClass.IncrementalMismatch;
        }
        return null;
    }

    /// <summary>Everything a user sees of a diagnostic, in file coordinates, in a canonical order.</summary>
    public static List<string> Keys(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics.Select(d =>
            $"{d.Location.Path}@{d.Span} {d.Severity} {d.Code}: {d.MessageNl} / {d.MessageEn}"
            + string.Concat(d.Related.Select(r => $" | {r.Location.Path}@{r.Location.Span} {r.MessageNl}"))
            + string.Concat(d.Fixes.Select(f => $" | fix {f.TitleNl}:" + string.Concat(f.Edits.Select(e => $" {e.Path}@{e.Span}={e.NewText}")))))
            .Order(StringComparer.Ordinal),
    ];

    private static readonly string[] BeforeBrace =
        ["", "x", "\n", "// policylang-disable-next-line\n", "// policylang-disable-next-line PL3001\n", "{"];

    private static readonly string[] AfterBrace =
    [
        "", "x", "§", ":", "\"", "}", "\n// policylang-disable-next-line\n", "doel Z \"z\" { }", "indicator J \"j\" { }",
        "tabel T \"t\" {\n  kolommen: 2015, 2016\n  rij A \"a\": € 1, € 2\n  rij \"d\": -, € -5 { verschil van: A }\n}",
    ];

    /// <summary>
    /// Text put right before and right after a random '}', sometimes with the white space after it
    /// removed (what follows glued to it): suppression comments, stray tokens, elements with findings.
    /// </summary>
    private static string AtClosingBrace(Random random, string text)
    {
        var braces = 0;
        foreach (var c in text) if (c == '}') braces++;
        var before = BeforeBrace[random.Next(BeforeBrace.Length)];
        var after = AfterBrace[random.Next(AfterBrace.Length)];
        if (braces == 0) return text + before + after;
        var brace = -1;
        for (var k = random.Next(braces); k >= 0; k--) brace = text.IndexOf('}', brace + 1);
        var next = brace + 1;
        if (random.Next(2) == 0) while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return text[..brace] + before + "}" + after + text[next..];
    }

    /// <summary>A random sequence: one or two files cut from the examples, then edits of random files.</summary>
    public static List<string[]> Generate(Random random, InputGenerator generator, IReadOnlyList<string> examples)
    {
        var files = new string[1 + random.Next(2)];
        for (var i = 0; i < files.Length; i++)
        {
            var lines = examples.Count == 0 ? [""] : examples[random.Next(examples.Count)].Split('\n');
            var start = random.Next(lines.Length);
            files[i] = string.Join('\n', lines, start, Math.Min(lines.Length - start, 1 + random.Next(60)));
        }
        var states = new List<string[]> { (string[])files.Clone() };
        var steps = 1 + random.Next(6);
        for (var step = 0; step < steps; step++)
        {
            var index = random.Next(files.Length);
            // Every third edit is at a closing brace, where the chunks of the incremental analysis meet.
            files[index] = random.Next(3) == 0 ? AtClosingBrace(random, files[index]) : generator.Mutate(files[index]);
            states.Add((string[])files.Clone());
        }
        return states;
    }
}
