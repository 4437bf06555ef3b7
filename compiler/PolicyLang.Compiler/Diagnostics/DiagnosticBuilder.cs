using System.Collections.Immutable;
using PolicyLang.Binding.Values;
using PolicyLang.Text;

namespace PolicyLang.Diagnostics;

/// <summary>
/// The one place where diagnostics are defined: each method is one diagnostic with its stable
/// code, default severity and message in Dutch and English. Codes: PL1xxx syntax, PL2xxx binding
/// and values. Every code is documented in docs/diagnostics.md (a test enforces it).
/// </summary>
public static class DiagnosticBuilder
{
    // ---- PL1xxx: syntax -------------------------------------------------------------------

    public static Diagnostic UnterminatedString(Location at) => Error(at, "PL1001",
        "Tekst is niet afgesloten: het afsluitende \" ontbreekt voor het einde van de regel.",
        "Unterminated string: the closing \" is missing before the end of the line.");

    public static Diagnostic InvalidNumber(Location at, string text) => Error(at, "PL1002",
        $"'{text}' is geen geldig getal. Groepeer duizendtallen met '.' of '_' in groepen van drie cijfers en gebruik een komma als decimaalteken (7,1).",
        $"'{text}' is not a valid number. Group thousands with '.' or '_' in groups of three digits and use a comma as the decimal separator (7,1).");

    public static Diagnostic UnexpectedCharacter(Location at, string text) => Error(at, "PL1003",
        $"Onverwacht teken '{text}'.",
        $"Unexpected character '{text}'.");

    public static Diagnostic UnexpectedToken(Location at, string text) => Error(at, "PL1004",
        $"'{text}' staat hier niet op zijn plaats; verwacht werd een element (zoals doel of indicator) of een veld (naam: waarde).",
        $"'{text}' is out of place; expected an element (such as doel or indicator) or a field (name: value).");

    public static Diagnostic UnknownElementKind(Location at, string text, string? suggestion) => Error(at, "PL1005",
        $"Onbekend soort element '{text}'.{Suggest(suggestion)}",
        $"Unknown element kind '{text}'.{SuggestEn(suggestion)}");

    public static Diagnostic ExpectedToken(Location at, string expected, string found) => Error(at, "PL1006",
        $"'{expected}' verwacht, maar '{found}' gevonden.",
        $"Expected '{expected}' but found '{found}'.");

    public static Diagnostic UnclosedBlock(Location at, string element) => Error(at, "PL1007",
        $"Het blok van '{element}' is niet gesloten: een '}}' ontbreekt.",
        $"The block of '{element}' is not closed: a '}}' is missing.");

    public static Diagnostic MissingValue(Location at, string field) => Error(at, "PL1008",
        $"Waarde verwacht voor '{field}'.",
        $"Expected a value for '{field}'.");

    public static Diagnostic EmptySection(Location at) => Error(at, "PL1009",
        "Een sectieverwijzing heeft een nummer nodig, zoals §4.1.",
        "A section reference needs a number, such as §4.1.");

    public static Diagnostic ElementNotAllowedHere(Location at, string kind, string whereNl, string whereEn) => Error(at, "PL1010",
        $"Een '{kind}' kan hier niet staan; een '{kind}' hoort {whereNl}.",
        $"{Capitalize(A($"'{kind}'"))} cannot stand here; it belongs {whereEn}.");

    public static Diagnostic FieldOutsideElement(Location at, string field) => Error(at, "PL1011",
        $"Het veld '{field}' staat buiten een element; zet het tussen de {{ }} van een element.",
        $"The field '{field}' stands outside an element; put it between the {{ }} of an element.");

    public static Diagnostic NestingTooDeep(Location at, int maximum) => Error(at, "PL1012",
        $"Posten zijn hier dieper dan {maximum} niveaus genest; de rest van dit blok wordt overgeslagen.",
        $"Posts are nested deeper than {maximum} levels here; the rest of this block is skipped.");

    // ---- PL2xxx: binding and values -------------------------------------------------------

    public static Diagnostic UndefinedReference(Location at, string name, string? suggestion) => Error(at, "PL2001",
        $"'{name}' is niet gedefinieerd.{Suggest(suggestion)}",
        $"'{name}' is not defined.{SuggestEn(suggestion)}");

    public static Diagnostic DuplicateId(Location at, string id, Location? other) => WithOther(Error(at, "PL2002",
        $"De naam '{id}' is al gebruikt voor een ander element.",
        $"The name '{id}' is already used for another element."), other, "eerdere definitie", "earlier definition");

    public static Diagnostic WrongKind(Location at, string name, string actualKind, string expectedKindsNl, string expectedKindsEn, Location? target) => WithOther(Error(at, "PL2003",
        $"'{name}' is een {actualKind}, maar hier wordt een {expectedKindsNl} verwacht.",
        $"'{name}' is {A(actualKind)}, but {A(expectedKindsEn)} is expected here."), target, "hier gedefinieerd", "defined here");

    public static Diagnostic HierarchyCycle(Location at, string path) => Error(at, "PL2004",
        $"'draagt bij aan' vormt een kringverwijzing: {path}.",
        $"'draagt bij aan' forms a cycle: {path}.");

    public static Diagnostic UnknownField(Location at, string field, string kind, string? suggestion) => Error(at, "PL2005",
        $"Een {kind} kent geen veld '{field}'.{Suggest(suggestion)}",
        $"{Capitalize(A(kind))} has no field '{field}'.{SuggestEn(suggestion)}");

    public static Diagnostic DuplicateField(Location at, string field, Location? other) => WithOther(Error(at, "PL2006",
        $"Het veld '{field}' staat hier al eerder.",
        $"The field '{field}' was already given."), other, "eerste keer", "first occurrence");

    public static Diagnostic InvalidValue(Location at, string field, string expectedNl, string expectedEn, string found) => Error(at, "PL2007",
        $"'{found}' is geen geldige waarde voor '{field}': verwacht {expectedNl}.",
        $"'{found}' is not a valid value for '{field}': expected {expectedEn}.");

    public static Diagnostic MissingId(Location at, string kind) => Error(at, "PL2008",
        $"Een {kind} heeft een naam nodig (bijvoorbeeld: {kind} MijnNaam \"titel\"), zodat ernaar verwezen kan worden.",
        $"{Capitalize(A(kind))} needs a name (for example: {kind} MyName \"title\") so it can be referred to.");

    public static Diagnostic MissingTitle(Location at, string kind, string id) => Warning(at, "PL2009",
        $"{Capitalize(kind)} '{id}' heeft geen titel; neem de letterlijke tekst uit het beleidsdocument op.",
        $"{Capitalize(kind)} '{id}' has no title; include the verbatim text of the policy document.");

    public static Diagnostic TooManyValues(Location at, string field) => Error(at, "PL2010",
        $"'{field}' heeft één waarde, maar er staan er meer.",
        $"'{field}' takes one value, but several are given.");

    public static Diagnostic InvalidDate(Location at, string text) => Error(at, "PL2011",
        $"'{text}' is geen bestaande datum.",
        $"'{text}' is not a valid date.");

    public static Diagnostic YearOutOfRange(Location at, string text) => Error(at, "PL2012",
        $"'{text}' is geen plausibel jaartal (verwacht 1900 t/m 2100).",
        $"'{text}' is not a plausible year (expected 1900 to 2100).");

    public static Diagnostic InvertedRange(Location at, int from, int to) => Error(at, "PL2013",
        $"De periode {from} t/m {to} loopt achteruit.",
        $"The range {from} t/m {to} runs backwards.");

    public static Diagnostic MoneyTooPrecise(Location at, string text) => Error(at, "PL2014",
        $"'{text}': bedragen zijn hele euro's of centen (hoogstens twee decimalen).",
        $"'{text}': amounts are whole euros or cents (at most two decimals).");

    public static Diagnostic MultipleKaders(Location at, Location other) => WithOther(Error(at, "PL2015",
        "Een map bevat één kader; dit is het tweede.",
        "A folder holds one kader; this is the second."), other, "eerste kader", "first kader");

    public static Diagnostic NoKader(Location at) => Warning(at, "PL2016",
        "Deze map bevat geen 'kader'-element; de elementen horen bij geen enkel beleidskader.",
        "This folder has no 'kader' element; its elements belong to no policy framework.");

    public static Diagnostic ValuesNotAllowed(Location at, string kind) => Error(at, "PL2017",
        $"Een {kind} heeft geen waarden na de titel; alleen een post of rij heeft die. Zet velden tussen {{ }}.",
        $"{Capitalize(A(kind))} takes no values after its title; only a post or rij does. Put fields between {{ }}.");

    public static Diagnostic MissingRequiredField(Location at, string kind, string field) => Error(at, "PL2018",
        $"Een {kind} heeft het veld '{field}' nodig.",
        $"{Capitalize(A(kind))} needs the field '{field}'.");

    public static Diagnostic TooFewReferences(Location at, string field, int minimum) => Error(at, "PL2019",
        $"'{field}' noemt ten minste {minimum} elementen.",
        $"'{field}' names at least {minimum} elements.");

    // ---- PL4xxx: budget and table arithmetic (rules in Analysis/Rules/Budget) -----------------
    // Amounts arrive in euros (after schaal); a margin above zero means rounded figures, and the
    // message then says the difference exceeds what rounding explains.

    public static Diagnostic PostsDoNotAddUp(Location at, string post, string yearNl, string yearEn, decimal declared, decimal sum, decimal margin,
        IReadOnlyList<Location>? parts, string? replacement) =>
        WithFigureFix(WithParts(Warning(at, "PL4001",
            $"{yearNl}: de posten onder '{post}' tellen op tot {Euro(sum)}, maar de post zelf vermeldt {Euro(declared)}: {Euro(Math.Abs(declared - sum))} {MoreLess(declared - sum)} dan de som.{RoundingNl(margin, QuantityKind.Money)}",
            $"{yearEn}: the posts under '{post}' add up to {Euro(sum)}, but the post itself states {Euro(declared)}: {Euro(Math.Abs(declared - sum))} {MoreLessEn(declared - sum)} than the sum.{RoundingEn(margin, QuantityKind.Money)}"),
            parts, "telt mee in de som", "counted in the sum"), at, replacement);

    public static Diagnostic TotalDoesNotMatch(Location at, string begroting, string yearNl, string yearEn, decimal declared, decimal sum, decimal margin,
        IReadOnlyList<Location>? posts, string? replacement) =>
        WithFigureFix(WithParts(Warning(at, "PL4002",
            $"{yearNl}: de posten van begroting '{begroting}' tellen op tot {Euro(sum)}, maar het totaal is {Euro(declared)}: {Euro(Math.Abs(declared - sum))} {MoreLess(declared - sum)} dan de som.{RoundingNl(margin, QuantityKind.Money)}",
            $"{yearEn}: the posts of begroting '{begroting}' add up to {Euro(sum)}, but the totaal is {Euro(declared)}: {Euro(Math.Abs(declared - sum))} {MoreLessEn(declared - sum)} than the sum.{RoundingEn(margin, QuantityKind.Money)}"),
            posts, "post op het hoogste niveau", "top-level post"), at, replacement);

    public static Diagnostic WrongAmountCount(Location at, string line, int written, int expected, string years, Location? yearsAt) => WithOther(Warning(at, "PL4003",
        $"'{line}' heeft {written} {(written == 1 ? "bedrag" : "bedragen")}, maar de begroting heeft {expected} {(expected == 1 ? "jaar" : "jaren")} ({years}): schrijf één bedrag per jaar, in volgorde.",
        $"'{line}' has {written} {(written == 1 ? "amount" : "amounts")}, but the budget has {expected} {(expected == 1 ? "year" : "years")} ({years}): write one amount per year, in order."),
        yearsAt, "de jaren van de begroting", "the years of the budget");

    public static Diagnostic UndeclaredNegativeAmount(Location at, string post, string yearsNl, string yearsEn, decimal amount, TextEdit? fix)
    {
        var diagnostic = Warning(at, "PL4004",
            $"'{post}' heeft een negatief bedrag ({Euro(amount)} in {yearsNl}) maar is niet als opbrengst aangemerkt. Is het een opbrengst, schrijf dan 'soort: opbrengst'; anders hoort het bedrag positief te zijn.",
            $"'{post}' has a negative amount ({Euro(amount)} in {yearsEn}) but is not marked as revenue. If it is revenue, write 'soort: opbrengst'; otherwise the amount should be positive.");
        return fix is null ? diagnostic : diagnostic.WithFix("Markeer als opbrengst (soort: opbrengst)", "Mark as revenue (soort: opbrengst)", fix);
    }

    public static Diagnostic RowSumMismatch(Location at, string row, string columnNl, string columnEn, Quantity written, Quantity computed, decimal margin, string operands,
        IReadOnlyList<Location>? parts, string? replacement) =>
        WithFigureFix(WithParts(Warning(at, "PL4005",
            $"{Capitalize(columnNl)}: de som van {operands} is {Show(computed)}, maar rij '{row}' vermeldt {Show(written)}: {Difference(written, computed)} {MoreLess(written.Value - computed.Value)} dan de som.{RoundingNl(margin, written.Kind)}",
            $"{Capitalize(columnEn)}: the sum of {operands} is {Show(computed)}, but row '{row}' states {Show(written)}: {DifferenceEn(written, computed)} {MoreLessEn(written.Value - computed.Value)} than the sum.{RoundingEn(margin, written.Kind)}"),
            parts, "telt mee in de som", "counted in the sum"), at, replacement);

    public static Diagnostic RowChangeMismatch(Location at, string row, string columnNl, string columnEn, Quantity written, Quantity computed, decimal margin, string source,
        IReadOnlyList<Location>? operands, string? replacement) =>
        WithFigureFix(WithParts(Warning(at, "PL4006",
            $"{Capitalize(columnNl)}: de verandering van '{source}' ten opzichte van de vorige kolom is {Show(computed)}, maar rij '{row}' vermeldt {Show(written)}: {Difference(written, computed)} {MoreLess(written.Value - computed.Value)}.{RoundingNl(margin, written.Kind)}",
            $"{Capitalize(columnEn)}: the change of '{source}' from the previous column is {Show(computed)}, but row '{row}' states {Show(written)}: {DifferenceEn(written, computed)} {MoreLessEn(written.Value - computed.Value)}.{RoundingEn(margin, written.Kind)}"),
            operands, "deze kolom en de vorige", "this column and the previous one"), at, replacement);

    public static Diagnostic RunningSumMismatch(Location at, string row, string columnNl, string columnEn, Quantity written, Quantity computed, decimal margin, string source,
        IReadOnlyList<Location>? parts, string? replacement) =>
        WithFigureFix(WithParts(Warning(at, "PL4007",
            $"{Capitalize(columnNl)}: de lopende som van '{source}' tot en met deze kolom is {Show(computed)}, maar rij '{row}' vermeldt {Show(written)}: {Difference(written, computed)} {MoreLess(written.Value - computed.Value)}.{RoundingNl(margin, written.Kind)}",
            $"{Capitalize(columnEn)}: the running sum of '{source}' up to this column is {Show(computed)}, but row '{row}' states {Show(written)}: {DifferenceEn(written, computed)} {MoreLessEn(written.Value - computed.Value)}.{RoundingEn(margin, written.Kind)}"),
            parts, "telt mee in de lopende som", "counted in the running sum"), at, replacement);

    public static Diagnostic ShareMismatch(Location at, string row, string columnNl, string columnEn, decimal writtenPercent, decimal computedPercent, decimal margin,
        string part, string whole, IReadOnlyList<Location>? operands, string? replacement) =>
        WithFigureFix(WithParts(Warning(at, "PL4008",
            $"{Capitalize(columnNl)}: '{part}' is {Percent(computedPercent)} van '{whole}', maar rij '{row}' vermeldt {Percent(writtenPercent)}: {Points(writtenPercent - computedPercent)} procentpunt {MoreLess(writtenPercent - computedPercent)}.{RoundingNl(margin, QuantityKind.Percentage)}",
            $"{Capitalize(columnEn)}: '{part}' is {Percent(computedPercent)} of '{whole}', but row '{row}' states {Percent(writtenPercent)}: {Points(writtenPercent - computedPercent)} percentage points {MoreLessEn(writtenPercent - computedPercent)}.{RoundingEn(margin, QuantityKind.Percentage)}"),
            operands, "deel en geheel", "part and whole"), at, replacement);

    public static Diagnostic WrongCellCount(Location at, string row, int cells, int columns, Location? columnsAt) => WithOther(Warning(at, "PL4009",
        $"Rij '{row}' heeft {cells} {(cells == 1 ? "cel" : "cellen")}, maar de tabel heeft {columns} {(columns == 1 ? "kolom" : "kolommen")}: schrijf één cel per kolom, '-' voor een lege cel.",
        $"Row '{row}' has {cells} {(cells == 1 ? "cell" : "cells")}, but the table has {columns} {(columns == 1 ? "column" : "columns")}: write one cell per column, '-' for an empty cell."),
        columnsAt, "de kolommen van de tabel", "the columns of the table");

    public static Diagnostic WrongDerivationArity(Location at, string row, string field, int named, int expected) => Warning(at, "PL4010",
        $"'{field}' van rij '{row}' noemt {named} {(named == 1 ? "rij" : "rijen")}, maar de berekening vraagt er {expected}{(expected == 2 ? " (deel, geheel)" : "")}; zo kan de rij niet nagerekend worden.",
        $"'{field}' of row '{row}' names {named} {(named == 1 ? "row" : "rows")}, but its arithmetic takes {expected}{(expected == 2 ? " (part, whole)" : "")}; the row cannot be recomputed this way.");

    private static Diagnostic WithParts(Diagnostic diagnostic, IReadOnlyList<Location>? parts, string nl, string en)
    {
        foreach (var part in parts ?? []) diagnostic = diagnostic.WithRelated(part, nl, en);
        return diagnostic;
    }

    private static Diagnostic WithFigureFix(Diagnostic diagnostic, Location at, string? replacement) =>
        replacement is null ? diagnostic : diagnostic.WithFix($"Corrigeer naar {replacement}", $"Correct to {replacement}", new TextEdit(at.Source, at.Span, replacement));

    /// <summary>"€ 1.324.693", "€ 5,50", "€ -1.325.000": whole euros without decimals, else cents.</summary>
    private static string Euro(decimal amount) => "€ " + Amount(amount);

    private static string Amount(decimal amount)
    {
        var normalized = Normalize(amount);
        return DutchNumber.Format(normalized.Scale == 0 ? normalized : decimal.Round(normalized, 2, MidpointRounding.AwayFromZero) + 0.00m);
    }

    private static string Show(Quantity quantity) => quantity.Kind switch
    {
        QuantityKind.Money => Euro(quantity.Value),
        QuantityKind.Percentage => Percent(quantity.Value),
        _ => DutchNumber.Format(Normalize(decimal.Round(quantity.Value, 4, MidpointRounding.AwayFromZero))),
    };

    private static string Difference(Quantity written, Quantity computed) => written.Kind switch
    {
        QuantityKind.Money => Euro(Math.Abs(written.Value - computed.Value)),
        QuantityKind.Percentage => Points(written.Value - computed.Value) + " procentpunt",
        _ => DutchNumber.Format(Normalize(Math.Abs(written.Value - computed.Value))),
    };

    private static string DifferenceEn(Quantity written, Quantity computed) =>
        written.Kind == QuantityKind.Percentage ? Points(written.Value - computed.Value) + " percentage points" : Difference(written, computed);

    private static string Percent(decimal value) => DutchNumber.Format(Normalize(decimal.Round(value, 2, MidpointRounding.AwayFromZero))) + "%";

    private static string Points(decimal difference) => DutchNumber.Format(Normalize(decimal.Round(Math.Abs(difference), 2, MidpointRounding.AwayFromZero)));

    private static string MoreLess(decimal difference) => difference > 0 ? "meer" : "minder";
    private static string MoreLessEn(decimal difference) => difference > 0 ? "more" : "less";

    private static string RoundingNl(decimal margin, QuantityKind kind) => margin == 0 ? ""
        : $" Dat is meer dan de afronding van de getallen verklaart (± {MarginText(margin, kind)}).";

    private static string RoundingEn(decimal margin, QuantityKind kind) => margin == 0 ? ""
        : $" That is more than the rounding of the figures explains (± {MarginText(margin, kind)}).";

    private static string MarginText(decimal margin, QuantityKind kind) => kind switch
    {
        QuantityKind.Money => Euro(margin),
        QuantityKind.Percentage => Points(margin),
        _ => DutchNumber.Format(Normalize(margin)),
    };

    /// <summary>Drops trailing zeros (6.200.000,0 → 6.200.000).</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    // ---- helpers ---------------------------------------------------------------------------

    // ---- PL3xxx: consistency of goals (analysis rules; levels set in policylang.json) ---------

    public static Diagnostic GoalWithoutIndicator(Location at, string id) => Warning(at, "PL3001",
        $"Doel '{id}' heeft geen indicator en is niet als onmeetbaar verklaard. Voeg 'indicator: …' toe, of 'meetbaar: nee' met een 'reden'.",
        $"Doel '{id}' has no indicator and is not declared unmeasurable. Add 'indicator: …', or 'meetbaar: nee' with a 'reden'.");

    public static Diagnostic IndicatorWithoutUnit(Location at, string id) => Warning(at, "PL3002",
        $"Indicator '{id}' heeft geen eenheid; zonder eenheid zijn nulmeting, streefwaarde en metingen niet te vergelijken.",
        $"Indicator '{id}' has no eenheid (unit); without one, baseline, target and measurements cannot be compared.");

    public static Diagnostic IndicatorWithoutSource(Location at, string id) => Warning(at, "PL3003",
        $"Indicator '{id}' heeft geen bron; niet na te gaan waar de metingen vandaan komen.",
        $"Indicator '{id}' has no bron (source); there is no telling where its measurements come from.");

    public static Diagnostic DirectionWithoutBaseline(Location at, string id, string richting) => Warning(at, "PL3004",
        $"Doel '{id}' streeft een {richting} na, maar heeft geen nulmeting: zonder uitgangswaarde is een {richting} niet vast te stellen.",
        $"Doel '{id}' aims for '{richting}' but has no nulmeting (baseline): without a starting value the change cannot be established.");

    public static Diagnostic TargetWithoutYear(Location at, string id, string field) => Warning(at, "PL3005",
        $"De {field} van doel '{id}' heeft geen jaar; schrijf erachter wanneer het bereikt moet zijn ('in 2020').",
        $"The {field} of doel '{id}' has no year; state when it must be reached ('in 2020').");

    public static Diagnostic BaselineAfterTarget(Location at, string id, int baselineYear, string field, int targetYear, Location target) => WithOther(Warning(at, "PL3006",
        $"De nulmeting van doel '{id}' ({baselineYear}) ligt na de {field} ({targetYear}).",
        $"The nulmeting (baseline) of doel '{id}' ({baselineYear}) lies after its {field} ({targetYear})."),
        target, $"de {field}", $"the {field}");

    public static Diagnostic PercentageWithoutDenominator(Location at, string kind, string id) => Warning(at, "PL3007",
        $"De eenheid van {kind} '{id}' is een percentage zonder noemer: percentage van wie? Schrijf 'percentage van \"…\"'.",
        $"The unit of {kind} '{id}' is a percentage without a denominator: a percentage of whom? Write 'percentage van \"…\"'.");

    public static Diagnostic TargetWorseThanBaseline(Location at, string id, string target, string baseline, string whyNl, string whyEn, Location baselineAt) => WithOther(Warning(at, "PL3008",
        $"De streefwaarde van doel '{id}' ({target}) is slechter dan de nulmeting ({baseline}), terwijl {whyNl}.",
        $"The streefwaarde (target) of doel '{id}' ({target}) is worse than its nulmeting ({baseline}), while {whyEn}."),
        baselineAt, "de nulmeting", "the baseline");

    public static Diagnostic IntermediateTargetMovesAway(Location at, string id, string value, string previous, string target, Location previousAt) => WithOther(Warning(at, "PL3009",
        $"Tussendoel {value} van doel '{id}' beweegt weg van de streefwaarde ({target}): het vorige punt op het pad is {previous}.",
        $"Intermediate target {value} of doel '{id}' moves away from the target ({target}): the previous point on the path is {previous}."),
        previousAt, "het vorige punt op het pad", "the previous point on the path");

    public static Diagnostic OutsidePeriod(Location at, string whatNl, string whatEn, string when, int from, int to, Location period) => WithOther(Warning(at, "PL3010",
        $"{Capitalize(whatNl)} ({when}) valt buiten de periode van het kader ({from} t/m {to}).",
        $"{Capitalize(whatEn)} ({when}) falls outside the kader's periode ({from} t/m {to})."),
        period, "de periode van het kader", "the kader's periode");

    public static Diagnostic KaderWithoutPeriod(Location at, string id) => Warning(at, "PL3011",
        $"Kader '{id}' heeft geen periode; zonder looptijd zijn streefjaren en termijnen niet te toetsen. Voeg 'periode: JJJJ t/m JJJJ' toe.",
        $"Kader '{id}' has no periode; without a term, target years and deadlines cannot be checked. Add 'periode: YYYY t/m YYYY'.");

    public static Diagnostic ConflictingTargets(Location at, string id, string target, string other, string otherTarget, int year, Location otherAt) => WithOther(Warning(at, "PL3012",
        $"Doel '{id}' ({target}) en doel '{other}' ({otherTarget}) stellen in {year} doelen aan dezelfde indicator die niet allebei kunnen gelden.",
        $"Doel '{id}' ({target}) and doel '{other}' ({otherTarget}) set targets on the same indicator in {year} that cannot both hold."),
        otherAt, $"het doel '{other}'", $"the doel '{other}'");

    public static Diagnostic OppositeDirections(Location at, string id, string direction, string other, string otherDirection, string indicator, Location otherAt) => WithOther(Warning(at, "PL3013",
        $"Doel '{id}' wil indicator '{indicator}' laten {direction}, doel '{other}' wil hem laten {otherDirection}.",
        $"Doel '{id}' pushes indicator '{indicator}' {Direction(direction)}, doel '{other}' pushes it {Direction(otherDirection)}."),
        otherAt, $"het doel '{other}'", $"the doel '{other}'");

    public static Diagnostic ChildAgainstParent(Location at, string child, string direction, string parent, string parentDirection, string indicator, Location parentAt) => WithOther(Warning(at, "PL3014",
        $"Subdoel '{child}' wil indicator '{indicator}' laten {direction}, maar het doel waaraan het bijdraagt ('{parent}') wil hem laten {parentDirection}.",
        $"Sub-goal '{child}' pushes indicator '{indicator}' {Direction(direction)}, but the doel it contributes to ('{parent}') pushes it {Direction(parentDirection)}."),
        parentAt, $"het doel '{parent}'", $"the doel '{parent}'");

    public static Diagnostic GoalWithoutAmbition(Location at, string id) => Warning(at, "PL3015",
        $"Doel '{id}' leidt via 'draagt bij aan' naar geen enkele ambitie, terwijl het kader ambities heeft.",
        $"Doel '{id}' leads to no ambitie through 'draagt bij aan', while the kader has ambities.");

    public static Diagnostic NothingContributes(Location at, string kind, string id) => Warning(at, "PL3016",
        $"Geen enkel doel draagt bij aan {kind} '{id}'.",
        $"No doel contributes to {kind} '{id}'.");

    public static Diagnostic LawNotServed(Location at, string wet) => Warning(at, "PL3017",
        $"Het kader stelt kaders voor '{wet}', maar geen enkel doel dient die wet (via 'wet:' van het doel, zijn thema of een hoger doel).",
        $"The kader frames '{wet}', but no doel serves that law (through the 'wet:' of the doel, its thema or a higher goal).");

    public static Diagnostic LawNotInKader(Location at, string id, string wet, Location kaderWetten) => WithOther(Warning(at, "PL3018",
        $"Doel '{id}' dient '{wet}', maar die wet staat niet in de wetten van het kader.",
        $"Doel '{id}' serves '{wet}', but that law is not among the kader's wetten."),
        kaderWetten, "de wetten van het kader", "the kader's wetten");

    public static Diagnostic UndeclaredTension(Location at, string id, string pressureNl, string pressureEn, string other, string otherPressureNl, string otherPressureEn, Location otherAt) => WithOther(Warning(at, "PL3019",
        $"Doel '{id}' ({pressureNl}) en doel '{other}' ({otherPressureNl}) oefenen tegengestelde druk uit, maar er is geen spanning tussen beide verklaard.",
        $"Doel '{id}' ({pressureEn}) and doel '{other}' ({otherPressureEn}) exert opposite pressure, but no spanning between them is declared."),
        otherAt, $"het doel '{other}'", $"the doel '{other}'");

    // ---- PL5xxx: style -----------------------------------------------------------------------

    public static Diagnostic DuplicateGoal(Location at, string id, string other, bool identical, Location otherAt) => WithOther(Warning(at, "PL5001",
        identical ? $"Doel '{id}' heeft dezelfde tekst als doel '{other}'." : $"Doel '{id}' heeft vrijwel dezelfde tekst als doel '{other}'.",
        identical ? $"Doel '{id}' has the same text as doel '{other}'." : $"Doel '{id}' has nearly the same text as doel '{other}'."),
        otherAt, $"het doel '{other}'", $"the doel '{other}'");

    public static Diagnostic VagueGoal(Location at, string id, string word) => Info(at, "PL5002",
        $"Doel '{id}' gebruikt het vage '{word}' en heeft geen indicator die zegt wat dat betekent.",
        $"Doel '{id}' uses the vague '{word}' and has no indicator that says what it means.");

    private static string Direction(string dutch) => dutch switch
    {
        "stijgen" => "up",
        "dalen" => "down",
        "gelijk blijven" => "to stay level",
        _ => dutch,
    };

    // ---- PL6xxx: configuration (policylang.json) and suppression comments ----------------------

    public static Diagnostic InvalidConfigJson(Location at, string detail) => Error(at, "PL6001",
        $"policylang.json is geen geldige JSON: {detail}",
        $"policylang.json is not valid JSON: {detail}");

    public static Diagnostic UnknownConfigKey(Location at, string key, string? suggestion) => Warning(at, "PL6002",
        $"Onbekende instelling '{key}' in policylang.json.{Suggest(suggestion)}",
        $"Unknown setting '{key}' in policylang.json.{SuggestEn(suggestion)}");

    public static Diagnostic UnknownRuleCode(Location at, string code, string? suggestion) => Warning(at, "PL6003",
        $"'{code}' is geen code van een analyseregel.{Suggest(suggestion)}",
        $"'{code}' is not the code of an analysis rule.{SuggestEn(suggestion)}");

    public static Diagnostic InvalidRuleLevel(Location at, string found) => Warning(at, "PL6004",
        $"'{found}' is geen niveau; kies uit \"uit\", \"info\", \"waarschuwing\" of \"fout\".",
        $"'{found}' is not a level; choose \"off\", \"info\", \"warning\" or \"error\".");

    public static Diagnostic CompilerDiagnosticNotConfigurable(Location at, string code) => Warning(at, "PL6005",
        $"{code} is een compilermelding (taal of verwijzing), geen analyseregel; het niveau ervan ligt vast.",
        $"{code} is a compiler diagnostic (language or reference), not an analysis rule; its level is fixed.");

    public static Diagnostic InvalidConfigValue(Location at, string key, string expectedNl, string expectedEn) => Warning(at, "PL6006",
        $"De waarde van '{key}' in policylang.json moet {expectedNl} zijn.",
        $"The value of '{key}' in policylang.json must be {expectedEn}.");

    public static Diagnostic CannotSuppressCompilerDiagnostic(Location at, string code) => Warning(at, "PL6007",
        $"{code} is een compilermelding en kan niet onderdrukt worden; los de oorzaak op.",
        $"{code} is a compiler diagnostic and cannot be suppressed; fix its cause.");

    public static Diagnostic UnknownSuppressedCode(Location at, string code, string? suggestion) => Warning(at, "PL6008",
        $"'{code}' is geen code van een analyseregel; deze onderdrukking doet niets.{Suggest(suggestion)}",
        $"'{code}' is not the code of an analysis rule; this suppression does nothing.{SuggestEn(suggestion)}");

    private static Diagnostic Error(Location at, string code, string nl, string en) =>
        new(code, DiagnosticSeverity.Error, at, nl, en, ImmutableArray<RelatedLocation>.Empty);

    private static Diagnostic Warning(Location at, string code, string nl, string en) =>
        new(code, DiagnosticSeverity.Warning, at, nl, en, ImmutableArray<RelatedLocation>.Empty);

    private static Diagnostic Info(Location at, string code, string nl, string en) =>
        new(code, DiagnosticSeverity.Info, at, nl, en, ImmutableArray<RelatedLocation>.Empty);

    private static Diagnostic WithOther(Diagnostic diagnostic, Location? other, string nl, string en) =>
        other is null ? diagnostic : diagnostic.WithRelated(other, nl, en);

    private static string Suggest(string? suggestion) => suggestion is null ? "" : $" Bedoelde je '{suggestion}'?";
    private static string SuggestEn(string? suggestion) => suggestion is null ? "" : $" Did you mean '{suggestion}'?";
    /// <summary>English indefinite article: "an ambitie", "a doel".</summary>
    private static string A(string noun) => (noun.TrimStart('\'').Length > 0 && "aeiouAEIOU".Contains(noun.TrimStart('\'')[0]) ? "an " : "a ") + noun;

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A location for a span of a source.</summary>
    public static Location At(SourceText source, TextSpan span) => new(source, span);
}
