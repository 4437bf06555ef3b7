using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyLang.Diagnostics;

namespace PolicyLang.Analysis;

/// <summary>
/// What a <c>policylang.json</c> beside the sources configures: the level of each analysis rule
/// and the list of vague words. Immutable; <see cref="Default"/> is the configuration without a
/// file. Read with <see cref="AnalysisOptionsReader"/>.
/// </summary>
public sealed class AnalysisOptions
{
    /// <summary>The name of the configuration file the CLI and the language server look for.</summary>
    public const string FileName = "policylang.json";

    public static readonly ImmutableArray<string> DefaultVagueWords =
    [
        "voldoende", "zoveel mogelijk", "zo veel mogelijk", "optimaal", "passend", "adequaat",
        "zo snel mogelijk", "zo goed mogelijk", "waar mogelijk", "waar nodig", "zo nodig",
        "zo lang mogelijk", "zo laag mogelijk", "zo hoog mogelijk", "zo klein mogelijk",
        "zo groot mogelijk", "in voldoende mate", "goed genoeg",
    ];

    public static readonly AnalysisOptions Default = new(FrozenDictionary<string, RuleLevel>.Empty, DefaultVagueWords, []);

    public AnalysisOptions(IReadOnlyDictionary<string, RuleLevel> levels, ImmutableArray<string> vagueWords, ImmutableArray<Diagnostic> diagnostics)
    {
        Levels = levels.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        VagueWords = vagueWords;
        Diagnostics = diagnostics;
    }

    /// <summary>Problems in the configuration file itself, reported with the compilation's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Rule code → configured level. Codes not listed keep their default severity.</summary>
    public FrozenDictionary<string, RuleLevel> Levels { get; }

    /// <summary>Words that make a doel title vague when it has no indicator (rule PL5002).</summary>
    public ImmutableArray<string> VagueWords { get; }

    public RuleLevel? LevelOf(string code) => Levels.TryGetValue(code, out var level) ? level : null;
}
