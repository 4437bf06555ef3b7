using System.Text;

namespace PolicyLang.Fuzz;

/// <summary>What a run found: how often each failure class occurred and its smallest reproducer.</summary>
public sealed class FuzzReport
{
    private readonly SortedDictionary<string, Finding> _findings = new(StringComparer.Ordinal);

    public int InputsChecked { get; internal set; }
    public int EditSequencesChecked { get; internal set; }
    public TimeSpan Elapsed { get; internal set; }

    /// <summary>The longest check of one input and that input's length: where to look for non-linear behaviour (a hang shows as a run that does not end).</summary>
    public TimeSpan SlowestInput { get; internal set; }
    public int SlowestInputLength { get; internal set; }

    /// <summary>
    /// The input whose check took the most CPU time of the checking thread, and its length (zero when
    /// the clock is not available): on a shared machine this, not the wall clock, is the input's cost.
    /// </summary>
    public TimeSpan MostCpuInput { get; internal set; }
    public int MostCpuInputLength { get; internal set; }

    /// <summary>The slowest input's beginning, as a literal: enough to tell which generator made it.</summary>
    public string SlowestInputStart { get; internal set; } = "";
    public IReadOnlyDictionary<string, Finding> Findings => _findings;

    /// <summary>One failure class: its count and the smallest input (or edit sequence) seen with it.</summary>
    public sealed class Finding
    {
        public int Count { get; internal set; }
        public required string Reproducer { get; set; }
    }

    /// <summary>True when this reproducer is new or smaller than the one kept, so it is worth minimising.</summary>
    internal bool Record(string failureClass, string reproducer)
    {
        if (!_findings.TryGetValue(failureClass, out var finding))
        {
            _findings[failureClass] = new Finding { Count = 1, Reproducer = reproducer };
            return true;
        }
        finding.Count++;
        return false;
    }

    internal void SetReproducer(string failureClass, string reproducer) => _findings[failureClass].Reproducer = reproducer;

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.AppendLine($"{InputsChecked} inputs, {EditSequencesChecked} edit sequences, {Elapsed.TotalSeconds:F1} s, {_findings.Count} failure class(es)");
        builder.AppendLine($"  slowest input: {SlowestInput.TotalMilliseconds:F0} ms for {SlowestInputLength} characters: {SlowestInputStart}");
        if (MostCpuInputLength > 0)
            builder.AppendLine($"  most CPU time for one input: {MostCpuInput.TotalMilliseconds:F0} ms (this thread) for {MostCpuInputLength} characters");
        foreach (var (name, finding) in _findings)
            builder.AppendLine($"  {name}: {finding.Count}x, smallest reproducer: {Shorten(finding.Reproducer)}");
        return builder.ToString();
    }

    /// <summary>Long reproducers (deep nesting) are cut for the console; their length is kept in the message.</summary>
    public static string Shorten(string reproducer) =>
        reproducer.Length <= 400 ? reproducer : $"{reproducer[..300]}… ({reproducer.Length} characters in all)";

    /// <summary>A text as a C# string literal: every character outside printable ASCII as \uXXXX, so a reproducer can be pasted into a test.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return builder.Append('"').ToString();
    }
}
