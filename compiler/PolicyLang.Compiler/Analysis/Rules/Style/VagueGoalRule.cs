using System.Collections.Immutable;
using PolicyLang.Diagnostics;
using PolicyLang.Syntax;

namespace PolicyLang.Analysis.Rules.Style;

/// <summary>
/// PL5002 (information): a doel title with a vague word (policylang.json "vageWoorden") and no
/// indicator to say what the word means. Matched as whole words, case-insensitively.
/// </summary>
public sealed class VagueGoalRule : AnalysisRule
{
    public static readonly DiagnosticDescriptor Descriptor = new("PL5002", DiagnosticSeverity.Info,
        "Vaag doel", "Vague goal",
        "Doel '{0}' gebruikt het vage '{1}' en heeft geen indicator die zegt wat dat betekent.",
        "Doel '{0}' uses the vague '{1}' and has no indicator that says what it means.");

    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];
    public override string Description => "Doeltitel met een vaag woord (voldoende, optimaal, …) en geen indicator.";

    public override void Analyze(AnalysisContext context)
    {
        var vague = context.Options.VagueWords;
        if (vague.IsEmpty) return;
        var padded = vague.Select(w => (Word: w, Padded: Padded(w))).ToArray();
        foreach (var goal in context.Goals)
        {
            if (goal.Doel.Field(FieldNames.Indicator) is not null) continue;
            var title = Padded(goal.Doel.Title);
            foreach (var (word, pattern) in padded)
            {
                if (!title.Contains(pattern, StringComparison.Ordinal)) continue;
                context.Report(Descriptor.Create(At(goal.Doel), goal.Doel.DisplayName, word));
                break;
            }
        }
    }

    /// <summary>The words in order, lower case, punctuation dropped, with a space on both sides.</summary>
    private static string Padded(string text)
    {
        var words = text.ToLowerInvariant().Split((char[])[' ', ',', '.', ';', ':', '(', ')', '"', '\'', '!', '?', '/', '-', '\u2013', '\u2019', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return " " + string.Join(' ', words) + " ";
    }
}
