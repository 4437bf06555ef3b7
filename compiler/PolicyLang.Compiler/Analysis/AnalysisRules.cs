using System.Collections.Frozen;
using System.Collections.Immutable;
using PolicyLang.Analysis.Rules.Conflicts;
using PolicyLang.Analysis.Rules.Hierarchy;
using PolicyLang.Analysis.Rules.Measurability;
using PolicyLang.Analysis.Rules.Style;
using PolicyLang.Analysis.Rules.Targets;
using PolicyLang.Analysis.Rules.Time;

namespace PolicyLang.Analysis;

/// <summary>The registry of analysis rules, in the order they run.</summary>
public static class AnalysisRules
{
    public static readonly ImmutableArray<AnalysisRule> All =
    [
        // PL3xxx measurability
        new GoalWithoutIndicatorRule(),
        new IndicatorWithoutUnitRule(),
        new IndicatorWithoutSourceRule(),
        new DirectionWithoutBaselineRule(),
        new TargetWithoutYearRule(),
        new BaselineAfterTargetRule(),
        new PercentageWithoutDenominatorRule(),
        // PL3xxx targets against baseline and polarity
        new TargetWorseThanBaselineRule(),
        new IntermediateTargetMovesAwayRule(),
        // PL3xxx time
        new OutsidePeriodRule(),
        new KaderWithoutPeriodRule(),
        // PL3xxx conflicting goals and tensions
        new ConflictingTargetsRule(),
        new OppositeDirectionsRule(),
        new ChildAgainstParentRule(),
        new UndeclaredTensionRule(),
        // PL3xxx hierarchy and coverage
        new GoalWithoutAmbitionRule(),
        new NothingContributesRule(),
        new LawNotServedRule(),
        new LawNotInKaderRule(),
        // PL4xxx budget and tables
        new Rules.Budget.PostSumRule(),
        new Rules.Budget.BudgetTotalRule(),
        new Rules.Budget.AmountPerYearRule(),
        new Rules.Budget.UndeclaredNegativeRule(),
        new Rules.Budget.RowSumRule(),
        new Rules.Budget.RowChangeRule(),
        new Rules.Budget.RunningSumRule(),
        new Rules.Budget.ShareRule(),
        new Rules.Budget.RowWidthRule(),
        new Rules.Budget.DerivationShapeRule(),
        // PL5xxx style
        new DuplicateGoalRule(),
        new VagueGoalRule(),
    ];

    public static readonly FrozenSet<string> Codes = All.Select(r => r.Code).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Syntax, binding and configuration codes (PL1xxx, PL2xxx, PL6xxx): facts about the text, not
    /// judgements, so neither policylang.json nor a suppression comment can change them.
    /// </summary>
    public static bool IsCompilerCode(string code) =>
        code.Length == 6 && code.StartsWith("PL", StringComparison.OrdinalIgnoreCase) && code[2] is '1' or '2' or '6' && code[3..].All(char.IsAsciiDigit);
}
