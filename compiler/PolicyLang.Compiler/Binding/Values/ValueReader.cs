using System.Globalization;
using PolicyLang.Binding.Schema;
using PolicyLang.Binding.Vocabulary;
using PolicyLang.Diagnostics;
using PolicyLang.Runtime;
using PolicyLang.Syntax;
using PolicyLang.Text;

namespace PolicyLang.Binding.Values;

/// <summary>
/// Interprets the atoms of one value for the type its field declares. A value that does not fit
/// gets exactly one diagnostic naming what was expected; the reader never throws. Every value
/// word (unit, comparator, scale, ja/nee, choice) is read through its table in Binding/Vocabulary.
/// </summary>
internal sealed class ValueReader(SourceText source, DiagnosticBag diagnostics, IReadOnlySet<int> syntaxErrorStarts)
{
    /// <summary>One cursor for every value this reader reads (values are read one at a time): no allocation per value.</summary>
    private readonly Cursor _cursor = new();

    public BoundValue? Read(FieldSpec field, ValueSyntax value) => Read(field.Type, field.Name, value, field.Choices, field.ChoiceInYear);

    public BoundValue? Read(FieldType type, string fieldName, ValueSyntax value, IReadOnlyList<string>? choices = null, bool choiceInYear = false)
    {
        if (value.IsEmpty) return null; // the parser reported the missing value
        if (type == FieldType.Formula) return ReadFormula(value);
        var cursor = _cursor.Start(value.Atoms);
        var result = type switch
        {
            FieldType.Text => ReadText(cursor),
            FieldType.TextOrWord => (BoundValue?)ReadText(cursor) ?? ReadWords(cursor),
            FieldType.Label => ReadLabel(cursor),
            FieldType.Choice => choiceInYear ? ReadChoiceInYear(cursor, choices ?? []) : ReadChoice(cursor, choices ?? []),
            FieldType.YesNo => ReadYesNo(cursor),
            FieldType.Reference => ReadReference(cursor),
            FieldType.ReferenceOrText => (BoundValue?)ReadReference(cursor) ?? ReadText(cursor),
            FieldType.Year => ReadYear(cursor),
            FieldType.YearRange => ReadYearRange(cursor),
            FieldType.Date => ReadDate(cursor),
            FieldType.DateBy => ReadDateBy(cursor),
            FieldType.When => ReadDate(cursor) ?? ReadYearOrRange(cursor),
            FieldType.Number => ReadQuantity(cursor, QuantityKind.Number),
            FieldType.Money => ReadQuantity(cursor, QuantityKind.Money),
            FieldType.Percentage => ReadQuantity(cursor, QuantityKind.Percentage),
            FieldType.Quantity => ReadQuantity(cursor, null),
            FieldType.Measurement => (BoundValue?)ReadMeasurement(cursor) ?? ReadUnknownBaseline(cursor),
            FieldType.Target => ReadTarget(cursor),
            FieldType.Unit => ReadUnit(cursor),
            FieldType.Section => ReadSection(cursor),
            FieldType.SectionHeading => ReadSectionHeading(cursor),
            FieldType.AnnouncedCount => ReadAnnouncedCount(cursor),
            FieldType.NumberRange => ReadNumberRange(cursor),
            FieldType.Column => (BoundValue?)ReadText(cursor) ?? ReadYearOrWord(cursor),
            FieldType.Cell => ReadCell(cursor),
            _ => null,
        };

        if (cursor.IsRefused) return null; // reported where it was read
        if (result is not null && cursor.AtEnd) return result;
        // A value with a token the lexer already reported gets no second diagnostic.
        if (!cursor.HasInvalidToken && !value.Atoms.Any(a => syntaxErrorStarts.Contains(a.Start)))
        {
            var (nl, en) = Expectation(type, choices);
            diagnostics.Add(DiagnosticBuilder.InvalidValue(At(value.Span), fieldName, nl, en, Shorten(value.DisplayText)));
        }
        return null;
    }

    /// <summary>A formula: the whole value's atoms through the Pidgin grammar; one diagnostic when it does not parse.</summary>
    private FormulaValue? ReadFormula(ValueSyntax value)
    {
        // A value with a token the lexer already reported gets no second diagnostic.
        if (value.Atoms.Any(a => syntaxErrorStarts.Contains(a.Start))) return null;
        var result = Syntax.Formulas.FormulaParser.Parse(value.Atoms, source);
        if (result.Error is { } error) diagnostics.Add(error);
        return result.Formula is { } formula ? new FormulaValue(value.Span, formula) : null;
    }

    // ---- readers (each consumes atoms on success and leaves the cursor alone on failure) -----

    private static TextValue? ReadText(Cursor c)
    {
        if (c.Kind != SyntaxKind.StringToken) return null;
        var start = c.Position;
        var first = StringLiteral.ValueOf(c.Take());
        if (c.Kind != SyntaxKind.StringToken) return new TextValue(c.SpanFrom(start), first); // one string: nine in ten
        var parts = new List<string> { first };
        while (c.Kind == SyntaxKind.StringToken) parts.Add(StringLiteral.ValueOf(c.Take()));
        return new TextValue(c.SpanFrom(start), string.Join(' ', parts));
    }

    private static WordValue? ReadWords(Cursor c)
    {
        if (!SyntaxFacts.IsWord(c.Kind)) return null;
        var start = c.Position;
        var first = c.Take().Text;
        if (!SyntaxFacts.IsWord(c.Kind)) return new WordValue(c.SpanFrom(start), first); // one word, the usual case
        var words = new List<string> { first };
        while (SyntaxFacts.IsWord(c.Kind)) words.Add(c.Take().Text);
        return new WordValue(c.SpanFrom(start), string.Join(' ', words));
    }

    private static BoundValue? ReadLabel(Cursor c)
    {
        if (c.Kind == SyntaxKind.NumberToken)
        {
            var token = c.Take();
            return new WordValue(token.Span, token.Text);
        }
        return ReadText(c) ?? (BoundValue?)ReadWords(c);
    }

    private static WordValue? ReadChoice(Cursor c, IReadOnlyList<string> choices)
    {
        var start = c.Position;
        var words = ReadWords(c);
        if (words is null) return null;
        // Choices are case-insensitive; a choice list from the vocabulary also resolves synonyms.
        var normalized = words.Word.ToLowerInvariant();
        var canonical = choices is IWordTable table ? table.Canonical(normalized) : choices.Contains(normalized) ? normalized : null;
        if (canonical is not null) return words with { Word = canonical };
        c.Reset(start);
        return null;
    }

    /// <summary>A choice, then optionally "in jaar": "afname in 2022". The choice's words stop at "in".</summary>
    private WordValue? ReadChoiceInYear(Cursor c, IReadOnlyList<string> choices)
    {
        var start = c.Position;
        var words = new List<SyntaxToken>();
        while (SyntaxFacts.IsWord(c.Kind) && !IsWord(c, "in")) words.Add(c.Take());
        if (words.Count == 0) { c.Reset(start); return null; }
        var phrase = string.Join(' ', words.Select(w => w.Text)).ToLowerInvariant();
        var canonical = choices is IWordTable table ? table.Canonical(phrase) : choices.Contains(phrase) ? phrase : null;
        if (canonical is null) { c.Reset(start); return null; }
        int? year = null;
        if (IsWord(c, "in"))
        {
            c.Take();
            if (ReadYear(c) is not { } y) { c.Reset(start); return null; }
            year = y.Year;
        }
        return new WordValue(c.SpanFrom(start), canonical) { Year = year };
    }

    private static YesNoValue? ReadYesNo(Cursor c)
    {
        if (c.Kind == SyntaxKind.IdentifierToken && ValueWords.YesNo.TryRead(c.Current.Chars, out var answer))
        {
            var token = c.Take();
            return new YesNoValue(token.Span, answer == Answer.Yes);
        }
        return null;
    }

    private static ReferenceValue? ReadReference(Cursor c)
    {
        if (c.Kind != SyntaxKind.IdentifierToken) return null;
        var token = c.Take();
        return new ReferenceValue(token.Span, token.Text);
    }

    private YearValue? ReadYear(Cursor c)
    {
        if (c.Kind != SyntaxKind.NumberToken) return null;
        var token = c.Current;
        if (!int.TryParse(token.Chars, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        c.Take();
        if (year is < 1900 or > 2100)
        {
            diagnostics.Add(DiagnosticBuilder.YearOutOfRange(At(token.Span), token.Text));
            c.MarkInvalid();
        }
        return new YearValue(token.Span, year);
    }

    private YearRangeValue? ReadYearRange(Cursor c)
    {
        var start = c.Position;
        var from = ReadYear(c);
        if (from is null || c.Kind != SyntaxKind.ThroughToken) { c.Reset(start); return null; }
        c.Take();
        var to = ReadYear(c);
        if (to is null) { c.Reset(start); return null; }
        var span = c.SpanFrom(start);
        if (to.Year < from.Year)
        {
            diagnostics.Add(DiagnosticBuilder.InvertedRange(At(span), from.Year, to.Year));
            c.MarkInvalid();
        }
        return new YearRangeValue(span, from.Year, to.Year);
    }

    private BoundValue? ReadYearOrRange(Cursor c) => ReadYearRange(c) ?? (BoundValue?)ReadYear(c);

    private BoundValue? ReadYearOrWord(Cursor c) => ReadYearRange(c) ?? ReadYear(c) ?? (BoundValue?)ReadWords(c);

    private DateValue? ReadDate(Cursor c)
    {
        if (c.Kind != SyntaxKind.DateToken) return null;
        var token = c.Take();
        var text = token.Chars;
        var parsed = text[2] == '-'
            ? DateOnly.TryParseExact(text, "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (!parsed)
        {
            diagnostics.Add(DiagnosticBuilder.InvalidDate(At(token.Span), token.Text));
            c.MarkInvalid();
        }
        return new DateValue(token.Span, date, null);
    }

    private DateValue? ReadDateBy(Cursor c)
    {
        var start = c.Position;
        var date = ReadDate(c);
        if (date is null) return null;
        if (c.Kind == SyntaxKind.IdentifierToken && c.Current.Chars.SequenceEqual("door"))
        {
            c.Take();
            var by = ReadWords(c);
            if (by is null) { c.Reset(start); return null; }
            return date with { Span = c.SpanFrom(start), By = by.Word };
        }
        return date;
    }

    /// <summary>number | € number [mln|miljoen|mld|miljard] | number %. expected == null accepts any kind.</summary>
    private QuantityValue? ReadQuantity(Cursor c, QuantityKind? expected)
    {
        var start = c.Position;
        var kind = QuantityKind.Number;
        if (c.Kind == SyntaxKind.EuroToken)
        {
            c.Take();
            kind = QuantityKind.Money;
        }
        if (c.Kind != SyntaxKind.NumberToken) { c.Reset(start); return null; }
        var number = c.Take();
        if (!DutchNumber.TryParse(number.Chars, out var value))
        {
            // A malformed number was reported by the lexer; a well-formed one that decimal cannot
            // hold is too large.
            if (!syntaxErrorStarts.Contains(number.Start)) return TooLarge(c, start);
            c.MarkInvalid();
            return new QuantityValue(c.SpanFrom(start), new Quantity(0, kind));
        }
        if (kind == QuantityKind.Money && c.Kind == SyntaxKind.IdentifierToken && ValueWords.Scales.TryRead(c.Current.Chars, out var scale))
        {
            c.Take();
            if (Math.Abs(value) > Quantity.MaxMagnitude / scale.Factor()) return TooLarge(c, start);
            value *= scale.Factor();
        }
        if (Math.Abs(value) > Quantity.MaxMagnitude) return TooLarge(c, start);
        else if (kind == QuantityKind.Number && c.Kind == SyntaxKind.PercentToken)
        {
            c.Take();
            kind = QuantityKind.Percentage;
        }
        // A percentage with its base (only where any quantity is read: a feit's or risico's waarde).
        string? @base = null;
        if (expected is null && kind == QuantityKind.Percentage && IsWord(c, "van"))
        {
            var before = c.Position;
            c.Take();
            @base = ReadText(c)?.Text ?? (c.Kind == SyntaxKind.IdentifierToken ? c.Take().Text : null);
            if (@base is null) c.Reset(before);
        }
        var span = c.SpanFrom(start);
        if (expected is not null && kind != expected) { c.Reset(start); return null; }
        if (kind == QuantityKind.Money && decimal.Round(value, 2) != value)
        {
            diagnostics.Add(DiagnosticBuilder.MoneyTooPrecise(At(span), source.ToString(span)));
            c.MarkInvalid();
        }
        return new QuantityValue(span, new Quantity(value, kind)) { Base = @base };
    }

    /// <summary>
    /// A figure beyond <see cref="Quantity.MaxMagnitude"/>: reported once, here, and the value does
    /// not bind, so no rule and no monitor ever computes with it.
    /// </summary>
    private QuantityValue? TooLarge(Cursor c, int start)
    {
        var span = c.SpanFrom(start);
        diagnostics.Add(DiagnosticBuilder.NumberTooLarge(At(span), Shorten(source.ToString(span))));
        c.Refuse();
        return new QuantityValue(span, new Quantity(0, QuantityKind.Number));
    }

    /// <summary>
    /// A nulmeting the document states as not (yet) known: "onbekend", "nb", "nnb", "ntb",
    /// "nader te bepalen". Not '-', '*' or "n.v.t.": a baseline that is empty, secret or not
    /// applicable is no baseline to write down.
    /// </summary>
    private static EmptyValue? ReadUnknownBaseline(Cursor c)
    {
        var start = c.Position;
        if (ReadMissing(c) is { Reason: MissingReason.Unknown or MissingReason.NotYetKnown or MissingReason.ToBeDetermined } unknown) return unknown;
        c.Reset(start);
        return null;
    }

    /// <summary>
    /// quantity [in period]: "410 in 2015", "65% in 2018-H1", or "65%" alone when the document
    /// gives no year (issue 13 item 2; PL3061 says what the monitor then does).
    /// </summary>
    private MeasurementValue? ReadMeasurement(Cursor c)
    {
        var start = c.Position;
        var quantity = ReadAmount(c);
        if (quantity is null) { c.Reset(start); return null; }
        if (c.AtEnd) return new MeasurementValue(c.SpanFrom(start), quantity.Quantity, (Period?)null);
        if (!IsWord(c, "in")) { c.Reset(start); return null; }
        c.Take();
        var period = ReadPeriod(c);
        if (period is null) { c.Reset(start); return null; }
        return new MeasurementValue(c.SpanFrom(start), quantity.Quantity, period);
    }

    /// <summary>
    /// A year, or a part of one written as in measurement files and read by the runtime's own
    /// <see cref="Period.TryParse"/> (one definition): 2018-H1, 2018-Q3, 2018-03, the parts
    /// written against the year without spaces (they lex as '-' and H1, or as the number -03).
    /// </summary>
    private Period? ReadPeriod(Cursor c)
    {
        var start = c.Position;
        var year = ReadYear(c);
        if (year is null) return null;
        var end = year.Span.End;
        if (c.Kind == SyntaxKind.MinusToken && c.Current.Start == end)
        {
            var minus = c.Take();
            if (SyntaxFacts.IsWord(c.Kind) && c.Current.Start == minus.Span.End
                && Period.TryParse($"{year.Year}-{c.Current.Text}", out var part) && part.PerYear != 1)
            {
                c.Take();
                return part;
            }
            c.Reset(start);
            return null;
        }
        if (c.Kind == SyntaxKind.NumberToken && c.Current.Start == end && c.Current.Text.StartsWith('-'))
        {
            if (Period.TryParse($"{year.Year}{c.Current.Text}", out var month) && month.PerYear != 1)
            {
                c.Take();
                return month;
            }
            c.Reset(start);
            return null;
        }
        return Period.OfYear(year.Year);
    }

    private TargetValue? ReadTarget(Cursor c)
    {
        var start = c.Position;
        // A comparator is a symbol token (<=, >=, <, >, =) or a word (maximaal, minimaal); without one
        // the target is "at least as good".
        var comparator = Comparator.AtLeastAsGood;
        if (c.Kind is SyntaxKind.LessEqualsToken or SyntaxKind.LessToken or SyntaxKind.GreaterEqualsToken or SyntaxKind.GreaterToken
                or SyntaxKind.EqualsToken or SyntaxKind.IdentifierToken
            && ValueWords.Comparators.TryRead(c.Current.Chars, out var written))
        {
            comparator = written;
            c.Take();
        }
        if (comparator != Comparator.Between && ReadRelativeTarget(c, comparator, start) is { } relative) return relative;
        var quantity = ReadAmount(c);
        if (quantity is null) { c.Reset(start); return null; }
        // A bandwidth: "tussen 65% en 70%" or "65% t/m 70%" (issue 13 item 6).
        Quantity? upper = null;
        if ((comparator == Comparator.Between && IsWord(c, "en")) || (comparator == Comparator.AtLeastAsGood && c.Kind == SyntaxKind.ThroughToken))
        {
            c.Take();
            if (ReadQuantity(c, quantity.Quantity.Kind) is not { } high || high.Quantity.Value < quantity.Quantity.Value) { c.Reset(start); return null; }
            comparator = Comparator.Between;
            upper = high.Quantity;
        }
        else if (comparator == Comparator.Between) { c.Reset(start); return null; }
        int? year = null;
        if (IsWord(c, "in"))
        {
            c.Take();
            var y = ReadYear(c);
            if (y is null) { c.Reset(start); return null; }
            year = y.Year;
        }
        return new TargetValue(c.SpanFrom(start), comparator, quantity.Quantity, year) { Upper = upper };
    }

    /// <summary>
    /// A target relative to the nulmeting (issue 13 item 6): "[Q] gelijk aan / gelijk of hoger dan /
    /// minder dan / meer dan de nulmeting" or "afname van Q" / "toename van Q", then [in year].
    /// Null (cursor where it was) for anything else. <see cref="RelativeTargets"/> makes it absolute.
    /// </summary>
    private TargetValue? ReadRelativeTarget(Cursor c, Comparator comparator, int start)
    {
        var from = c.Position;
        Quantity? amount = null;
        var relation = ReadPhrase(c, ValueWords.RelativeTargetWords);
        if (relation is RelativeWord.Decrease or RelativeWord.Increase)
        {
            if (ReadAmount(c) is not { } change) { c.Reset(from); return null; }
            amount = change.Quantity;
        }
        else
        {
            if (relation is not null) c.Reset(from);
            amount = ReadAmount(c)?.Quantity;
            relation = ReadPhrase(c, ValueWords.RelativeTargetWords);
            var needsAmount = relation is RelativeWord.Less or RelativeWord.More;
            var fits = relation switch
            {
                RelativeWord.SameAs => amount is null,
                RelativeWord.AtLeastSame or RelativeWord.AtMostSame => amount is null && comparator == Comparator.AtLeastAsGood,
                _ => needsAmount && amount is not null,
            };
            if (!fits || ReadPhrase(c, ValueWords.RelativeTargetWords) != RelativeWord.Baseline) { c.Reset(from); return null; }
        }
        var written = source.ToString(c.SpanFrom(from));
        int? year = null;
        if (IsWord(c, "in"))
        {
            c.Take();
            if (ReadYear(c) is not { } y) { c.Reset(from); return null; }
            year = y.Year;
        }
        return new TargetValue(c.SpanFrom(start), comparator, amount ?? new Quantity(0, QuantityKind.Number), year)
        {
            Relative = new RelativeTarget(relation!.Value, amount, written),
        };
    }

    /// <summary>The longest phrase of <paramref name="table"/> at the cursor (its words joined by one space); null, cursor unchanged, when none.</summary>
    private static TMeaning? ReadPhrase<TMeaning>(Cursor c, WordTable<TMeaning> table) where TMeaning : struct, Enum
    {
        var start = c.Position;
        var words = new List<string>();
        while (words.Count < 5 && SyntaxFacts.IsWord(c.Kind)) words.Add(c.Take().Text);
        for (var length = words.Count; length > 0; length--)
            if (table.TryRead(string.Join(' ', words.Take(length)), out var meaning))
            {
                c.Reset(start + length);
                return meaning;
            }
        c.Reset(start);
        return null;
    }

    /// <summary>A quantity, or a ratio "1 op 8" (one in eight: 12,5%).</summary>
    private QuantityValue? ReadAmount(Cursor c) => ReadRatio(c) ?? ReadQuantity(c, null);

    /// <summary>"1 op 8": two whole numbers, the second not 0, as the percentage they make (issue 13 item 6).</summary>
    private QuantityValue? ReadRatio(Cursor c)
    {
        var start = c.Position;
        if (OwnNumber(c, allowSign: false) is not { } part || !IsWord(c, "op")) { c.Reset(start); return null; }
        c.Take();
        if (OwnNumber(c, allowSign: false) is not { } whole || whole == 0) { c.Reset(start); return null; }
        return new QuantityValue(c.SpanFrom(start), new Quantity(RelativeTargets.WithoutTrailingZeros((decimal)part * 100 / whole), QuantityKind.Percentage));
    }

    private UnitValue? ReadUnit(Cursor c)
    {
        var start = c.Position;
        if (!SyntaxFacts.IsWord(c.Kind) && c.Kind != SyntaxKind.EuroToken) return null;
        var head = ValueWords.Units.Find(c.Take().Chars);
        if (head is not null)
        {
            // What may follow the head word is the unit's grammar: a population, "per …", "van …", "N …".
            UnitValue Unit(decimal? perN, string? population) => new(c.SpanFrom(start), head.Meaning, perN, population, head.Dutch);
            switch (head.Meaning)
            {
                case MeasureUnit.Count or MeasureUnit.Duration:
                    return Unit(null, ReadPopulation(c));
                case MeasureUnit.Money:
                    string? per = null;
                    if (IsWord(c, "per")) { c.Take(); per = ReadPopulation(c); if (per is null) break; }
                    return Unit(null, per);
                case MeasureUnit.Percentage:
                    string? of = null;
                    if (IsWord(c, "van")) { c.Take(); of = ReadPopulation(c); if (of is null) break; }
                    return Unit(null, of);
                case MeasureUnit.Rate:
                    var n = ReadQuantity(c, QuantityKind.Number);
                    var population = n is null ? null : ReadPopulation(c);
                    if (population is null) break;
                    return Unit(n!.Quantity.Value, population);
                case MeasureUnit.Mark or MeasureUnit.Index:
                    return Unit(null, null);
            }
        }
        c.Reset(start);
        return null;
    }

    /// <summary>The denominator population: a string or some words.</summary>
    private static string? ReadPopulation(Cursor c) => ReadText(c)?.Text ?? ReadWords(c)?.Word;

    /// <summary>"doelen 1 t/m 18", "doelen 1-18", "7": a kind word from the vocabulary, then one number or a range.</summary>
    private static NumberRangeValue? ReadNumberRange(Cursor c)
    {
        var start = c.Position;
        ElementKind? kind = null;
        if (SyntaxFacts.IsWord(c.Kind))
        {
            if (ValueWords.NumberedKinds.Find(c.Current.Chars) is not { } entry) return null;
            kind = entry.Meaning;
            c.Take();
        }
        if (OwnNumber(c, allowSign: false) is not { } from) { c.Reset(start); return null; }
        var to = from;
        if (c.Kind is SyntaxKind.ThroughToken or SyntaxKind.MinusToken)
        {
            c.Take();
            if (OwnNumber(c, allowSign: false) is not { } end) { c.Reset(start); return null; }
            to = end;
        }
        else if (c.Kind == SyntaxKind.NumberToken && c.Current.Chars.StartsWith('-'))
        {
            // "1-18" lexes as 1 and -18.
            if (OwnNumber(c, allowSign: true) is not { } end) { c.Reset(start); return null; }
            to = -end;
        }
        if (to < from) { c.Reset(start); return null; }
        return new NumberRangeValue(c.SpanFrom(start), kind, from, to);
    }

    private static int? OwnNumber(Cursor c, bool allowSign)
    {
        if (c.Kind != SyntaxKind.NumberToken) return null;
        var styles = allowSign ? NumberStyles.AllowLeadingSign : NumberStyles.None;
        if (!int.TryParse(c.Current.Chars, styles, CultureInfo.InvariantCulture, out var number) || number is > 100_000 or < -100_000) return null;
        c.Take();
        return number;
    }

    /// <summary>
    /// 10 "risico’s" in §B1.2, 3 "thema’s", 18 doelen: a whole number, a plural of the counted or
    /// numbered kinds, and optionally the section whose elements are meant.
    /// </summary>
    private static AnnouncedCountValue? ReadAnnouncedCount(Cursor c)
    {
        var start = c.Position;
        if (OwnNumber(c, allowSign: false) is not { } count) { c.Reset(start); return null; }
        // A kind word ("doelen") or, for a plural with an apostrophe, a string ("risico’s").
        var word = c.Kind == SyntaxKind.StringToken ? StringLiteral.ValueOf(c.Current) : SyntaxFacts.IsWord(c.Kind) ? c.Current.Text : null;
        if (word is null || (ValueWords.CountedKinds.Find(word) ?? ValueWords.NumberedKinds.Find(word)) is not { } entry) { c.Reset(start); return null; }
        var kind = entry.Meaning;
        c.Take();
        string? section = null;
        if (IsWord(c, "in"))
        {
            c.Take();
            if (ReadSection(c) is not { } s) { c.Reset(start); return null; }
            section = s.Section;
        }
        return new AnnouncedCountValue(c.SpanFrom(start), count, kind, section);
    }

    private static SectionHeadingValue? ReadSectionHeading(Cursor c)
    {
        var start = c.Position;
        if (ReadSection(c) is not { } section) return null;
        if (ReadText(c) is not { } heading)
        {
            c.Reset(start);
            return null;
        }
        return new SectionHeadingValue(c.SpanFrom(start), section.Section, heading.Text);
    }

    private static SectionValue? ReadSection(Cursor c)
    {
        if (c.Kind != SyntaxKind.SectionToken) return null;
        var token = c.Take();
        return new SectionValue(token.Span, token.Chars.Length > 1 ? token.Chars[1..].ToString() : "");
    }

    private BoundValue? ReadCell(Cursor c)
    {
        return ReadMissing(c) ?? ReadQuantity(c, null) ?? ReadText(c) ?? (BoundValue?)ReadWords(c);
    }

    /// <summary>
    /// A missing-value code of the vocabulary ('-', '*', nb, n.v.t., nader te bepalen, …) as the
    /// whole value; null (cursor unchanged) for anything else, so "nb" inside a longer text stays words.
    /// </summary>
    private static EmptyValue? ReadMissing(Cursor c)
    {
        if (c.Kind is SyntaxKind.MinusToken or SyntaxKind.StarToken)
        {
            var token = c.Take();
            return new EmptyValue(token.Span, token.Kind == SyntaxKind.StarToken ? MissingReason.Suppressed : MissingReason.Empty);
        }
        var start = c.Position;
        if (ReadWords(c) is { } words && c.AtEnd && ValueWords.MissingValues.TryRead(words.Word, out var reason))
            return new EmptyValue(words.Span, reason);
        c.Reset(start);
        return null;
    }

    private static bool IsWord(Cursor c, string word) => SyntaxFacts.IsWord(c.Kind) && c.Current.Chars.SequenceEqual(word);

    // ---- messages --------------------------------------------------------------------------

    private static (string Nl, string En) Expectation(FieldType type, IReadOnlyList<string>? choices) => type switch
    {
        FieldType.Text => ("een tekst tussen aanhalingstekens", "a text in quotes"),
        FieldType.TextOrWord => ("een tekst of een woord", "a text or a word"),
        FieldType.Label => ("een nummer, woord of tekst", "a number, word or text"),
        FieldType.Choice => ("een van: " + string.Join(", ", choices ?? []), "one of: " + string.Join(", ", choices ?? [])),
        FieldType.YesNo => ("ja of nee", "ja or nee"),
        FieldType.Reference => ("de naam van een element", "the name of an element"),
        FieldType.ReferenceOrText => ("de naam van een element of een tekst", "the name of an element or a text"),
        FieldType.Year => ("een jaartal", "a year"),
        FieldType.YearRange => ("een periode zoals 2017 t/m 2020", "a range such as 2017 t/m 2020"),
        FieldType.Date => ("een datum zoals 28-06-2016", "a date such as 28-06-2016"),
        FieldType.DateBy => ("een datum, eventueel met 'door raad'", "a date, optionally with 'door raad'"),
        FieldType.When => ("een jaartal, periode of datum", "a year, range or date"),
        FieldType.Number => ("een getal", "a number"),
        FieldType.Money => ("een bedrag zoals € 1.324.692", "an amount such as € 1.324.692"),
        FieldType.Percentage => ("een percentage zoals 5%", "a percentage such as 5%"),
        FieldType.Quantity => ("een getal, bedrag of percentage", "a number, amount or percentage"),
        FieldType.Measurement => ("een meting zoals 410 in 2015 of 65% in 2018-H1 (410 alleen als het jaar onbekend is), of onbekend / nader te bepalen",
            "a measurement such as 410 in 2015 or 65% in 2018-H1 (410 alone when the year is not known), or onbekend / nader te bepalen"),
        FieldType.Target => ("een doelwaarde zoals maximaal 370 in 2020 of tussen 65% en 70% in 2020", "a target such as maximaal 370 in 2020 or tussen 65% en 70% in 2020"),
        FieldType.Unit => ("een eenheid: aantal, euro [per …], percentage van …, per 10.000 …, rapportcijfer, index",
            "a unit: aantal, euro [per …], percentage van …, per 10.000 …, rapportcijfer, index"),
        FieldType.Section => ("een sectie zoals §4.1", "a section such as §4.1"),
        FieldType.NumberRange => ("genummerde elementen zoals doelen 1 t/m 18", "numbered elements such as doelen 1 t/m 18"),
        FieldType.AnnouncedCount => ("een aantal met een soort, zoals 10 \"risico’s\" in §B1.2 of 18 doelen", "a count with a kind, such as 10 \"risico’s\" in §B1.2 or 18 doelen"),
        FieldType.SectionHeading => ("een sectie met haar kop, zoals §3.3 \"Mantelzorgers\"", "a section with its heading, such as §3.3 \"Mantelzorgers\""),
        FieldType.Column => ("een kolomkop: jaartal, woord of tekst", "a column header: year, word or text"),
        FieldType.Cell => ("een getal, bedrag, percentage, tekst of '-'", "a number, amount, percentage, text or '-'"),
        FieldType.Formula => ("een formule", "a formula"),
        _ => ("een waarde", "a value"),
    };

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private Location At(TextSpan span) => DiagnosticBuilder.At(source, span);

    /// <summary>A position in the atoms of one value.</summary>
    private sealed class Cursor
    {
        private System.Collections.Immutable.ImmutableArray<SyntaxToken> _atoms = [];

        /// <summary>Starts over on the _atoms of another value.</summary>
        public Cursor Start(System.Collections.Immutable.ImmutableArray<SyntaxToken> values)
        {
            _atoms = values;
            Position = 0;
            HasInvalidToken = false;
            IsRefused = false;
            return this;
        }

        public int Position { get; private set; }
        public bool HasInvalidToken { get; private set; }
        public bool AtEnd => Position >= _atoms.Length;
        public SyntaxToken Current => _atoms[Math.Min(Position, _atoms.Length - 1)];
        public SyntaxKind Kind => AtEnd ? SyntaxKind.EndOfFileToken : _atoms[Position].Kind;
        public SyntaxToken Take() => _atoms[Position++];
        public void Reset(int position) => Position = position;
        public void MarkInvalid() => HasInvalidToken = true;
        /// <summary>A part of the value was reported and the whole value must not bind.</summary>
        public bool IsRefused { get; private set; }
        public void Refuse() { IsRefused = true; HasInvalidToken = true; }
        public TextSpan SpanFrom(int start) => start >= Position ? new TextSpan(Current.Start, 0)
            : TextSpan.FromBounds(_atoms[start].Start, _atoms[Position - 1].End);
    }
}
