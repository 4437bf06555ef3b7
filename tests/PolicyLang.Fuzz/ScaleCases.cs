using System.Text;
using PolicyLang.Benchmarks;
using PolicyLang.Formatting;
using PolicyLang.Syntax;

namespace PolicyLang.Fuzz;

/// <summary>
/// `--scale`: the pathological sizes of issue 20 item 2, each generated at n and 2n and checked
/// in this process (parse, bind, every rule; the formatter for the formatting case), timed by the
/// checking thread's CPU time (a shared machine inflates the wall clock, not this) with the bytes it
/// allocated. The ratio 2n / n is what to read: about 2 is linear, about 4 quadratic.
/// </summary>
public static class ScaleCases
{
    public sealed record Case(string Name, int N, Func<int, string> Generate, bool Format = false);

    public static readonly IReadOnlyList<Case> All =
    [
        new("\"{\\n\" x n, formatted", 25_000, n => Repeat("{\n", n), Format: true),
        new("n doelen, each draagt bij aan the next", 12_500, n => Lines(n, i => $"doel D{i} \"d\" {{ meetbaar: nee reden: \"r\" draagt bij aan: D{(i + 1) % n} }}")),
        new("an id of n characters with a near miss", 50_000, n =>
        {
            var id = "A" + new string('b', n - 1);
            return $"doel {id} \"d\" {{ meetbaar: nee reden: \"r\" }}\ndoel X \"x\" {{ meetbaar: nee reden: \"r\" draagt bij aan: {id[..^1]}c }}\n";
        }),
        new("PL3019: a draagt bij aan chain of n doelen, kosten down and kwaliteit up alternating", 1_000, n =>
            Lines(n, i => $"doel D{i} \"d{i}\" {{ categorie: {(i % 2 == 0 ? "kosten" : "kwaliteit")} richting: {(i % 2 == 0 ? "afname" : "toename")} meetbaar: nee reden: \"r\"{(i + 1 < n ? $" draagt bij aan: D{i + 1}" : "")} }}")),
        new("PL3019: n doelen on one parent, kosten down and kwaliteit up", 5_000, n =>
            "doel P \"p\" { meetbaar: nee reden: \"r\" }\n" +
            Lines(n, i => $"doel D{i} \"d{i}\" {{ categorie: {(i % 2 == 0 ? "kosten" : "kwaliteit")} richting: {(i % 2 == 0 ? "afname" : "toename")} meetbaar: nee reden: \"r\" draagt bij aan: P }}")),
        new("PL3012/PL3013: n doelen on one indicator", 5_000, n =>
            "indicator I \"i\" { eenheid: aantal bron: \"b\" polariteit: hoger is beter }\n" +
            Lines(n, i => $"doel D{i} \"d{i}\" {{ indicator: I nulmeting: {i % 7} in 2015 streefwaarde: {(i % 3 == 0 ? "maximaal" : "minimaal")} {i % 11} in 2020 }}")),
        new("n doelen with near-miss references", 5_000, n =>
            Lines(n, i => $"doel Doelnummer{i} \"d{i}\" {{ meetbaar: nee reden: \"r\" draagt bij aan: Doelnumer{(i + 1) % n} }}")),
        new("n characters of §", 500_000, n => new string('§', n)),
    ];

    public static void Run(TextWriter output)
    {
        output.WriteLine("| case | n | CPU ms at n | CPU ms at 2n | 2n / n | MB allocated at 2n | diagnostics at 2n |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var c in All)
        {
            Measure(c, c.N); // warm: the JIT is not the input's cost
            var (atN, _, _) = Measure(c, c.N);
            var (at2N, bytes, diagnostics) = Measure(c, 2 * c.N);
            output.WriteLine($"| {c.Name} | {c.N:N0} | {atN:F0} | {at2N:F0} | {at2N / Math.Max(atN, 0.001):F2} | {bytes / 1e6:F0} | {(diagnostics < 0 ? "-" : diagnostics.ToString("N0"))} |");
        }
    }

    private static (double CpuMs, long Bytes, int Diagnostics) Measure(Case c, int n)
    {
        var text = c.Generate(n);
        GC.Collect();
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuClock.Now();
        // The formatting case reports no diagnostics (-1): its output is what is measured.
        var diagnostics = c.Format
            ? (Formatter.Format(SyntaxTree.Parse(text)) is var _ ? -1 : -1)
            : Compilation.FromSources([("scale.beleid", text)]).Diagnostics.Length;
        var cpu = (ThreadCpuClock.Now() - cpuBefore) / 1e6;
        return (cpu, GC.GetAllocatedBytesForCurrentThread() - bytesBefore, diagnostics);
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static string Lines(int n, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++) text.Append(line(i)).Append('\n');
        return text.ToString();
    }
}
