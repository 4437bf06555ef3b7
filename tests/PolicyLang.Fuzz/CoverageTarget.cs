using System.Text;

namespace PolicyLang.Fuzz;

/// <summary>
/// The coverage-guided target for parse + bind + every rule + the formatter: one input, the
/// checks of <see cref="InputCheck"/>, and an exception when one fails, so that afl-fuzz
/// (through SharpFuzz, <c>PolicyLang.Fuzz --afl</c>) records the input as a crash. CI replays
/// the committed corpus (tests/PolicyLang.Fuzz/corpus/beleid) through the same method in-process.
/// </summary>
public static class CoverageTarget
{
    /// <summary>Bytes as afl gives them: decoded as UTF-8 (invalid sequences become U+FFFD, as an editor would read them).</summary>
    public static void Run(ReadOnlySpan<byte> input) => Run(Encoding.UTF8.GetString(input));

    public static void Run(string text)
    {
        var failures = InputCheck.Run(text);
        if (failures.Count > 0) throw new InvalidOperationException("fuzz failure: " + string.Join("; ", failures));
    }
}
