namespace PolicyLang.Fuzz;

/// <summary>
/// The kinds of failure the harness tells apart. A crash's class includes the exception type and the
/// method that threw, so two different bugs are counted (and minimised) separately.
/// </summary>
public static class FailureClass
{
    public const string RoundTrip = "parse/round-trip";
    public const string TokensDoNotTile = "parse/tokens-do-not-tile";
    public const string SpanOutside = "diagnostics/span-outside-text";
    public const string FormatterLostText = "format/lost-or-added-text";
    public const string FormatterChangedTokens = "format/changed-tokens";
    public const string FormatterNotIdempotent = "format/not-idempotent";
    public const string FormatterBlowUp = "format/output-not-linear";
    public const string IncrementalMismatch = "incremental/differs-from-whole-compilation";

    public static string Crash(string stage, Exception exception)
    {
        var frame = new System.Diagnostics.StackTrace(exception, false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("PolicyLang", StringComparison.Ordinal) == true);
        var where = frame is null ? "?" : $"{frame.DeclaringType!.FullName}.{frame.Name}";
        return $"{stage}/crash {exception.GetType().Name} at {where}";
    }

    /// <summary>Classes produced by a crash in one stage start with this prefix.</summary>
    public static string CrashPrefix(string stage) => stage + "/crash";
}
