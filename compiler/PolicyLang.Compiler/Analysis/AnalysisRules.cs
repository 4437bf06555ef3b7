using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PolicyLang.Analysis;

/// <summary>
/// Every analysis rule, found rather than listed: each concrete <see cref="AnalysisRule"/> of this
/// assembly (a rule is added by writing its class), in the order they run: by code.
/// </summary>
public static class AnalysisRules
{
    public static readonly ImmutableArray<AnalysisRule> All =
    [
        .. typeof(AnalysisRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AnalysisRule)) && !t.IsAbstract)
            .Select(t => (AnalysisRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Code, StringComparer.Ordinal),
    ];

    /// <summary>The codes policylang.json and suppression comments may name: those of every rule's descriptors.</summary>
    public static readonly FrozenSet<string> Codes = All.SelectMany(r => r.Descriptors).Select(d => d.Code).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Syntax, binding and configuration codes (PL1xxx, PL2xxx, PL6xxx): facts about the text, not
    /// judgements, so neither policylang.json nor a suppression comment can change them.
    /// </summary>
    public static bool IsCompilerCode(string code) =>
        code.Length == 6 && code.StartsWith("PL", StringComparison.OrdinalIgnoreCase) && code[2] is '1' or '2' or '6' && code[3..].All(char.IsAsciiDigit);
}
