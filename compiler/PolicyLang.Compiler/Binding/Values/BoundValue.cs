using PolicyLang.Runtime;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding.Values;

/// <summary>A field value as the binder understood it. The span is the value's place in the source.</summary>
public abstract record BoundValue(TextSpan Span);

public sealed record TextValue(TextSpan Span, string Text) : BoundValue(Span);

/// <summary>A bare word (an enum choice, an owner such as "college", a label such as IV).</summary>
public sealed record WordValue(TextSpan Span, string Word) : BoundValue(Span)
{
    /// <summary>The year a choice is for, where its field allows one: "richting: afname in 2022" (FieldSpec.ChoiceInYear).</summary>
    public int? Year { get; init; }
}

public sealed record YesNoValue(TextSpan Span, bool Yes) : BoundValue(Span);

/// <summary>
/// A name in a reference field. What it resolves to depends on the other trees of a compilation, so
/// it is not stored here but in the <see cref="SemanticModel"/> (<see cref="SemanticModel.TargetOf"/>):
/// the value, like its tree's whole binding, can be shared by several compilations at once.
/// </summary>
public sealed record ReferenceValue(TextSpan Span, string Name) : BoundValue(Span)
{
    /// <summary>The tree the reference is in; set (with <see cref="Index"/>) when its tree is bound.</summary>
    internal SyntaxTree? Tree { get; init; }

    /// <summary>The reference's place among its tree's references, in source order: its slot in a model's target table.</summary>
    internal int Index { get; init; } = -1;
}

public sealed record YearValue(TextSpan Span, int Year) : BoundValue(Span);

public sealed record YearRangeValue(TextSpan Span, int From, int To) : BoundValue(Span)
{
    public IEnumerable<int> Years => Enumerable.Range(From, Math.Max(0, To - From + 1));
}

public sealed record DateValue(TextSpan Span, DateOnly Date, string? By) : BoundValue(Span);

public sealed record QuantityValue(TextSpan Span, Quantity Quantity) : BoundValue(Span)
{
    /// <summary>The base of a percentage, as written after <c>van</c>: "25% van Jeugdbudget", "80% van \"de cliënten\"" (issue 14 item 4; PL3040 reports a relative value without one).</summary>
    public string? Base { get; init; }
}

/// <summary>
/// A nulmeting: "410 in 2015", "65% in 2018-H1" (a half year, quarter or month, as in measurement
/// files), or "65%" when the document gives no year (Period null; PL3061, the monitor places it at
/// the earliest measurement).
/// </summary>
public sealed record MeasurementValue(TextSpan Span, Quantity Quantity, Period? Period) : BoundValue(Span)
{
    public MeasurementValue(TextSpan span, Quantity quantity, int year) : this(span, quantity, Runtime.Period.OfYear(year)) { }

    /// <summary>The year of its period; null when the document gives none.</summary>
    public int? Year => Period?.Year;
}

/// <summary>"maximaal 370 in 2020". Without a comparator: at least as good, in the indicator's polarity (the runtime's <see cref="Comparator"/>).</summary>
public sealed record TargetValue(TextSpan Span, Comparator Comparator, Quantity Quantity, int? Year) : BoundValue(Span)
{
    /// <summary>The upper bound of a bandwidth ("tussen 65% en 70%": Comparator.Between, Quantity the lower bound).</summary>
    public Quantity? Upper { get; init; }

    /// <summary>
    /// A target the document states relative to the nulmeting ("15% minder dan de nulmeting"). As
    /// bound, Quantity is the written amount (0 without one); <see cref="RelativeTargets.Resolve"/>
    /// gives the absolute target that both the checker (GoalFacts) and the emitter use.
    /// </summary>
    public RelativeTarget? Relative { get; init; }

    /// <summary>The runtime's target: what the monitor judges and what the checker reads through the runtime's own functions (Band, Betterness).</summary>
    public Target ToNorm() => new(Comparator, Quantity.Value, Year) { Upper = Upper?.Value };
}

/// <summary>A target relative to the nulmeting: the relation word and the amount written with it (none for "gelijk aan").</summary>
public sealed record RelativeTarget(Vocabulary.RelativeWord Relation, Quantity? Amount, string Written);

/// <summary>
/// An indicator's or table's unit: its kind is the runtime's <see cref="MeasureUnit"/> (never
/// Unknown here), Word the Dutch form of its head word. Population is the denominator ("inwoners 18+").
/// </summary>
public sealed record UnitValue(TextSpan Span, MeasureUnit Kind, decimal? PerN, string? Population, string Word) : BoundValue(Span);

/// <summary>A formula value: its tree over the value's tokens (Syntax/Formulas). What its names refer to is the FormulaBinder's.</summary>
public sealed record FormulaValue(TextSpan Span, PolicyLang.Syntax.Formulas.FormulaSyntax Formula) : BoundValue(Span);

public sealed record SectionValue(TextSpan Span, string Section) : BoundValue(Span);

/// <summary>A range of the document's own numbers: "doelen 1 t/m 18" (Kind null when the value names no kind: it continues the previous).</summary>
public sealed record NumberRangeValue(TextSpan Span, ElementKind? Kind, int From, int To) : BoundValue(Span);

/// <summary>One line of the document's outline: a section number and its heading (§3.3 "Mantelzorgers").</summary>
/// <summary>"10 \"risico’s\" in §B1.2": a count the document announces for its elements of one kind (PL3028); Section null counts the announcing element's own members.</summary>
public sealed record AnnouncedCountValue(TextSpan Span, int Count, ElementKind Kind, string? Section) : BoundValue(Span);

public sealed record SectionHeadingValue(TextSpan Span, string Section, string Heading) : BoundValue(Span);

/// <summary>An empty table cell, written '-'.</summary>
/// <summary>A cell without a figure: '-' (<see cref="MissingReason.Empty"/>) or a missing-value code (nb, *, n.v.t., …) with its reason.</summary>
public sealed record EmptyValue(TextSpan Span, MissingReason Reason = MissingReason.Empty) : BoundValue(Span);
